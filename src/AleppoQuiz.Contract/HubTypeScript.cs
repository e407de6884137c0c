using System.Reflection;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.SignalR;

namespace AleppoQuiz.Contract;

/// <summary>
/// Writes contract/hub.ts from the server's hub: <c>HubEvents</c> maps each message the server sends (a method of
/// the hub's client interface) to its arguments, <c>HubMethods</c> maps each method a client may call to its
/// arguments and result, and every record they carry becomes an interface named as in C#, with property names,
/// enum values and nullability exactly as the hub's JSON protocol writes them.
/// </summary>
internal sealed class HubTypeScript
{
    /// <summary>
    /// Properties the game engine declares as <c>object</c> because it carries them without looking inside, and the
    /// type the server always fills them with.
    /// </summary>
    private static readonly Dictionary<(string Type, string Property), Type> OpaquePayloads = new()
    {
        [("RevealView", "RevealPayload")] = typeof(AleppoQuiz.Server.Features.Live.RevealDetails),
    };

    private readonly JsonSerializerOptions json;
    private readonly TypeScriptTypes types;
    private readonly NullabilityInfoContext nullability = new();
    private readonly XmlDocs docs = new();

    private HubTypeScript(JsonSerializerOptions json)
    {
        // SignalR leaves the resolver unset until its first message; the reflection one is what it then uses.
        this.json = new JsonSerializerOptions(json) { TypeInfoResolver = json.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver() };
        types = new TypeScriptTypes();
    }

    public static string Write(Assembly server, JsonSerializerOptions json) => new HubTypeScript(json).Write(SingleHub(server));

    private string Write(Type hub)
    {
        var client = hub.BaseType!.GetGenericArguments()[0];
        var text = new StringBuilder(TypeScriptText.Header($"the hub {hub.Name} and its client interface {client.Name}"));

        text.Append("\n/** The messages the server sends, each with the arguments its handler receives. */\n");
        text.Append("export interface HubEvents {\n");
        foreach (var message in client.GetMethods().OrderBy(m => m.MetadataToken))
        {
            text.Append("  ").Append(message.Name).Append(": ").Append(Arguments(message)).Append(";\n");
        }

        text.Append("}\n\n/** The methods a client may invoke, with their arguments and what the server answers. */\n");
        text.Append("export interface HubMethods {\n");
        foreach (var method in HubMethodsOf(hub))
        {
            text.Append("  ").Append(method.GetCustomAttribute<HubMethodNameAttribute>()?.Name ?? method.Name)
                .Append(": { args: ").Append(Arguments(method))
                .Append("; result: ").Append(Result(method)).Append(" };\n");
        }

        text.Append("}\n");
        var declarations = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, type) in types.Drain())
        {
            declarations[name] = type.IsEnum ? EnumText(name, type) : RecordText(name, type);
        }

        foreach (var declaration in declarations.Values)
        {
            text.Append('\n').Append(declaration);
        }

        return text.ToString();
    }

    private static Type SingleHub(Assembly server)
    {
        var hubs = server.GetTypes()
            .Where(t => !t.IsAbstract && t.BaseType is { IsGenericType: true } b && b.GetGenericTypeDefinition() == typeof(Hub<>))
            .ToList();
        return hubs.Count == 1
            ? hubs[0]
            : throw new InvalidOperationException($"Expected one strongly typed hub in {server.GetName().Name}, found {hubs.Count}.");
    }

    // SignalR's own rule: public instance methods of the hub class, not those it inherits or overrides from Hub.
    private static IEnumerable<MethodInfo> HubMethodsOf(Type hub) =>
        hub.GetMethods(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
            .Where(m => !m.IsSpecialName && m.GetBaseDefinition().DeclaringType == hub)
            .OrderBy(m => m.MetadataToken);

    private string Arguments(MethodInfo method) =>
        "[" + string.Join(", ", method.GetParameters()
            .Where(p => p.ParameterType != typeof(CancellationToken))
            .Select(p => $"{p.Name}: {types.Of(p.ParameterType, nullability.Create(p))}")) + "]";

    private string Result(MethodInfo method)
    {
        var returned = nullability.Create(method.ReturnParameter);
        var type = method.ReturnType;
        if (type == typeof(Task) || type == typeof(ValueTask) || type == typeof(void))
        {
            return "void";
        }

        return type.IsGenericType && (type.GetGenericTypeDefinition() == typeof(Task<>) || type.GetGenericTypeDefinition() == typeof(ValueTask<>))
            ? types.Of(type.GetGenericArguments()[0], returned.GenericTypeArguments[0])
            : types.Of(type, returned);
    }

    private string EnumText(string name, Type type)
    {
        var text = new StringBuilder();
        TypeScriptText.AppendDoc(text, docs.Of(type), "");
        var values = Enum.GetValues(type).Cast<object>().Select(v => JsonSerializer.Serialize(v, type, json));
        return text.Append("export type ").Append(name).Append(" = ").Append(string.Join(" | ", values)).Append(";\n").ToString();
    }

    private string RecordText(string name, Type type)
    {
        var text = new StringBuilder();
        TypeScriptText.AppendDoc(text, docs.Of(type), "");
        text.Append("export interface ").Append(name).Append(" {\n");
        foreach (var property in json.GetTypeInfo(type).Properties.Where(p => p.Get is not null))
        {
            var member = property.AttributeProvider as PropertyInfo
                ?? throw new InvalidOperationException($"{type.Name}.{property.Name} is not a property.");
            var annotated = nullability.Create(member);
            var declared = OpaquePayloads.TryGetValue((type.Name, member.Name), out var filledWith)
                ? TypeScriptText.OrNull(types.Named(filledWith), annotated.ReadState == NullabilityState.Nullable)
                : types.Of(member.PropertyType, annotated);
            TypeScriptText.AppendDoc(text, docs.Of(member), "  ");
            text.Append("  ").Append(TypeScriptText.PropertyName(property.Name)).Append(": ").Append(declared).Append(";\n");
        }

        return text.Append("}\n").ToString();
    }
}
