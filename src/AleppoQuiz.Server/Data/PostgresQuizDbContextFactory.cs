using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AleppoQuiz.Server.Data;

/// <summary>
/// What <c>dotnet ef</c> uses to build the PostgreSQL model when adding a migration. Adding a migration never
/// connects, so no server needs to run at the address named here.
/// </summary>
internal sealed class PostgresQuizDbContextFactory : IDesignTimeDbContextFactory<PostgresQuizDbContext>
{
    public PostgresQuizDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgresQuizDbContext>().UseNpgsql("Host=localhost;Database=aleppoquiz").Options);
}
