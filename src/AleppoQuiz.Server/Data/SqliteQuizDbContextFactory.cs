using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace AleppoQuiz.Server.Data;

/// <summary>
/// What <c>dotnet ef</c> uses to build the SQLite model when adding a migration. Adding a migration never opens
/// the database, so the file named here need not exist.
/// </summary>
internal sealed class SqliteQuizDbContextFactory : IDesignTimeDbContextFactory<SqliteQuizDbContext>
{
    public SqliteQuizDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteQuizDbContext>().UseSqlite("Data Source=data/aleppoquiz.db").Options);
}
