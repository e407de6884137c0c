using AleppoQuiz.Attribution.Text;

namespace AleppoQuiz.Attribution.Attributions;

/// <summary>
/// Turns one cue into an attribution by the shape of its sentence:
/// a quotation right before ("…," X said / "…," said X), content before a comma (A, X said[, B]),
/// or content after the cue (X said [that] …; X said: "…"). "According to" has its own rule.
/// </summary>
internal sealed partial class AttributionRules(AnalyzedText analyzed, SourcePhraseFinder phrases, Func<int, bool> sentenceHasCue)
{
    private readonly IReadOnlyList<Token> _tokens = analyzed.Tokens;
    private readonly ContentSpans _content = new(analyzed);
    private readonly ClauseNavigator _navigator = new(analyzed, phrases);

    public RawAttribution? Apply(CueCandidate cue)
    {
        var sentence = analyzed.SentenceOf(cue.Tokens.First);
        if (cue.Form == CueLexiconLearner.AccordingTo)
        {
            return new AccordingToRule(analyzed, phrases, _content).Apply(cue, sentence);
        }

        var verbStart = _navigator.SkipModifiersLeft(cue.Tokens.First, sentence);
        if (WordLists.RaisingCues.Contains(cue.Form))
        {
            return Raising(cue, verbStart, sentence);
        }

        var leftEnd = _navigator.SkipTimeLeft(_navigator.SkipParentheticalLeft(verbStart - 1, sentence), sentence);
        var left = phrases.EndingAt(leftEnd, sentence.First);
        if (left is null && IsAsSaying(cue, verbStart, sentence) is { } quoted)
        {
            return ContentAfter(cue, quoted, sentence, cue.Tokens.Last + 1);
        }

        if (IsParticipleAfterComma(cue, verbStart, sentence) || (left is null && IsSecondVerb(verbStart, sentence)))
        {
            return WithSentenceSubject(cue, sentence);
        }

        var before = (left?.First ?? verbStart) - 1;
        var afterCue = cue.Tokens.Last + 1;

        if (_navigator.QuotationClosingAt(before, sentence) is { } quotation)
        {
            return QuoteBefore(cue, sentence, quotation, left, afterCue);
        }

        if (left is null)
        {
            return InvertedWithSourceAfter(cue, sentence, before, afterCue);
        }

        var next = _navigator.SkipAdverbial(_navigator.SkipAddressee(cue, afterCue, sentence), sentence);
        var endsHere = next > sentence.Last || _tokens[next].Text is "." or "!" or "?";
        var commaHere = next <= sentence.Last && _tokens[next].Text == ",";
        if ((endsHere || commaHere) && before > sentence.First && _tokens[before].Text == ",")
        {
            return ContentAround(cue, left, sentence, before, commaHere ? next : -1);
        }

        var after = ContentAfter(cue, left, sentence, next);
        return after is not null && RelativeBefore(left) is { } relative
            ? after with { Content = [relative, .. after.Content] }
            : after;
    }

    // "The rebels denied it, saying …": the source is the subject that opens the sentence.
    private bool IsParticipleAfterComma(CueCandidate cue, int verbStart, Sentence sentence) =>
        cue.Form.EndsWith("ing", StringComparison.Ordinal) && verbStart - 1 > sentence.First
        && _tokens[verbStart - 1].Text == "," && !analyzed.IsQuoted(verbStart - 1)
        && _navigator.QuotationClosingAt(verbStart - 1, sentence) is null;

    private RawAttribution QuoteBefore(CueCandidate cue, Sentence sentence, Quotation quotation, TokenRange? left, int afterCue)
    {
        var source = left ?? phrases.StartingAt(afterCue, sentence.Last);
        var tail = left is null && source is { } right ? right.Last + 1 : afterCue;
        tail = _navigator.SkipAdverbial(_navigator.SkipAddressee(cue, tail, sentence), sentence);
        if (tail < sentence.Last && _tokens[tail].Text is "," or ":" && analyzed.QuotationAt(tail + 1) is { } after
            && after.OpenToken == tail + 1)
        {
            var both = new List<TextSpan> { quotation.Span };
            both.AddRange(_content.QuotationWithContinuations(after, sentenceHasCue, sentence.Last));
            return new RawAttribution(source, cue.Tokens, both, AttributionKind.DirectQuote);
        }

        var content = quotation.CloseToken >= sentence.Last - 1
            ? _content.QuotationWithContinuations(quotation, sentenceHasCue)
            : _content.QuotationWithContinuations(quotation, sentenceHasCue, sentence.Last);

        return new RawAttribution(source, cue.Tokens, content, AttributionKind.DirectQuote);
    }

    // "…, said X." and "…, said X, …": the content is the reporter's clause before the comma.
    private RawAttribution? InvertedWithSourceAfter(CueCandidate cue, Sentence sentence, int before, int afterCue)
    {
        if (before <= sentence.First || _tokens[before].Text != "," || phrases.StartingAt(afterCue, sentence.Last) is not { } source)
        {
            return null;
        }

        var next = _navigator.SkipAdverbial(source.Last + 1, sentence);
        var endsHere = next > sentence.Last || _tokens[next].Text is "." or "!" or "?";
        var commaHere = next <= sentence.Last && _tokens[next].Text == ",";
        return endsHere || commaHere ? ContentAround(cue, source, sentence, before, commaHere ? next : -1) : null;
    }

    private RawAttribution? ContentAround(CueCandidate cue, TokenRange? source, Sentence sentence, int commaBefore, int commaAfter)
    {
        var spans = new List<TextSpan>();
        if (_content.Clause(sentence.First, commaBefore - 1) is { } head)
        {
            spans.Add(head);
        }

        if (commaAfter > 0 && _navigator.OpensQuotation(commaAfter + 1) && analyzed.QuotationAt(commaAfter + 1) is { } quoted)
        {
            spans.AddRange(_content.QuotationWithContinuations(quoted, sentenceHasCue)); // 'If …, he said, "…"'
        }
        else if (commaAfter > 0 && _content.Clause(commaAfter + 1, sentence.Last) is { } tail)
        {
            spans.Add(tail);
        }

        return spans.Count == 0 ? null : new RawAttribution(source, cue.Tokens, spans, AttributionKind.Indirect);
    }

    private RawAttribution? ContentAfter(CueCandidate cue, TokenRange? source, Sentence sentence, int next)
    {
        if (next <= sentence.Last && _tokens[next].Text is "," or ":")
        {
            next++;
        }

        if (next < _tokens.Count && analyzed.QuotationAt(next) is { } quotation && quotation.OpenToken == next
            && (next <= sentence.Last || _tokens[sentence.Last].Text == ":"))
        {
            var quoted = _content.QuotationWithContinuations(quotation, sentenceHasCue);
            return new RawAttribution(source, cue.Tokens, quoted, AttributionKind.DirectQuote);
        }

        return _content.Clause(next, sentence.Last) is { } clause
            ? new RawAttribution(source, cue.Tokens, [clause], AttributionKind.Indirect)
            : null;
    }
}
