using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Data;

/// <summary>The storage model on SQLite, with the migrations in <c>Data/Migrations/Sqlite</c>.</summary>
public sealed class SqliteQuizDbContext(DbContextOptions<SqliteQuizDbContext> options) : QuizDbContext(options);
