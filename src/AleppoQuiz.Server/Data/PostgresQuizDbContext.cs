using Microsoft.EntityFrameworkCore;

namespace AleppoQuiz.Server.Data;

/// <summary>The storage model on PostgreSQL, with the migrations in <c>Data/Migrations/Postgres</c>.</summary>
public sealed class PostgresQuizDbContext(DbContextOptions<PostgresQuizDbContext> options) : QuizDbContext(options);
