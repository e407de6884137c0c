-- The schema as the hand-written migrations built it, up to and including 20261205130000_ShortPrompts,
-- with their history rows: what a database made before the generated migrations holds (sqlite).
CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" TEXT NOT NULL CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY,
    "ProductVersion" TEXT NOT NULL
);

BEGIN TRANSACTION;
CREATE TABLE "Articles" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Articles" PRIMARY KEY,
    "Outlet" TEXT NOT NULL,
    "WireCredit" TEXT NOT NULL,
    "Date" TEXT NOT NULL,
    "Title" TEXT NOT NULL,
    "TitleSource" TEXT NOT NULL,
    "Url" TEXT NULL,
    "OriginalFile" TEXT NULL,
    "Text" TEXT NOT NULL,
    "Origin" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL
);

CREATE TABLE "Quizzes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Quizzes" PRIMARY KEY,
    "Title" TEXT NOT NULL,
    "Description" TEXT NOT NULL,
    "Origin" TEXT NOT NULL,
    "ContentHash" TEXT NOT NULL
);

CREATE TABLE "Questions" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Questions" PRIMARY KEY,
    "QuizId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Type" TEXT NOT NULL,
    "Skill" TEXT NOT NULL,
    "Difficulty" TEXT NOT NULL,
    "TimeLimitSeconds" INTEGER NOT NULL,
    "Points" INTEGER NOT NULL,
    "Prompt" TEXT NOT NULL,
    "Explanation" TEXT NOT NULL,
    CONSTRAINT "FK_Questions_Quizzes_QuizId" FOREIGN KEY ("QuizId") REFERENCES "Quizzes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QuestionOptions" (
    "QuestionId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "Text" TEXT NOT NULL,
    "Correct" INTEGER NOT NULL,
    CONSTRAINT "PK_QuestionOptions" PRIMARY KEY ("QuestionId", "Position"),
    CONSTRAINT "FK_QuestionOptions_Questions_QuestionId" FOREIGN KEY ("QuestionId") REFERENCES "Questions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QuestionEvidence" (
    "QuestionId" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "ArticleId" TEXT NOT NULL,
    "Quote" TEXT NOT NULL,
    "Start" INTEGER NOT NULL,
    "End" INTEGER NOT NULL,
    CONSTRAINT "PK_QuestionEvidence" PRIMARY KEY ("QuestionId", "Position"),
    CONSTRAINT "FK_QuestionEvidence_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_QuestionEvidence_Questions_QuestionId" FOREIGN KEY ("QuestionId") REFERENCES "Questions" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Questions_QuizId_Position" ON "Questions" ("QuizId", "Position");

CREATE INDEX "IX_QuestionEvidence_ArticleId" ON "QuestionEvidence" ("ArticleId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121120000_QuestionBank', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Games" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Games" PRIMARY KEY,
    "Pin" TEXT NOT NULL,
    "QuizId" TEXT NOT NULL,
    "QuizTitle" TEXT NOT NULL,
    "QuizSnapshot" TEXT NOT NULL,
    "Seed" INTEGER NOT NULL,
    "HostKeyHash" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "EndedAt" TEXT NULL
);

CREATE TABLE "GameCommands" (
    "GameId" TEXT NOT NULL,
    "Sequence" INTEGER NOT NULL,
    "At" TEXT NOT NULL,
    "Command" TEXT NOT NULL,
    CONSTRAINT "PK_GameCommands" PRIMARY KEY ("GameId", "Sequence"),
    CONSTRAINT "FK_GameCommands_Games_GameId" FOREIGN KEY ("GameId") REFERENCES "Games" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GamePlayers" (
    "GameId" TEXT NOT NULL,
    "PlayerId" INTEGER NOT NULL,
    "Nickname" TEXT NOT NULL,
    "TokenHash" TEXT NOT NULL,
    "JoinedAt" TEXT NOT NULL,
    CONSTRAINT "PK_GamePlayers" PRIMARY KEY ("GameId", "PlayerId"),
    CONSTRAINT "FK_GamePlayers_Games_GameId" FOREIGN KEY ("GameId") REFERENCES "Games" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GameAnswers" (
    "GameId" TEXT NOT NULL,
    "QuestionIndex" INTEGER NOT NULL,
    "PlayerId" INTEGER NOT NULL,
    "QuestionId" TEXT NOT NULL,
    "OptionIds" TEXT NOT NULL,
    "ReceivedAt" TEXT NOT NULL,
    "Correct" INTEGER NULL,
    "Points" INTEGER NULL,
    "AnswerTimeMs" INTEGER NULL,
    CONSTRAINT "PK_GameAnswers" PRIMARY KEY ("GameId", "QuestionIndex", "PlayerId"),
    CONSTRAINT "FK_GameAnswers_Games_GameId" FOREIGN KEY ("GameId") REFERENCES "Games" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Games_EndedAt" ON "Games" ("EndedAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121130000_LiveGames', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Teachers" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Teachers" PRIMARY KEY,
    "Email" TEXT NOT NULL,
    "NormalizedEmail" TEXT NOT NULL,
    "DisplayName" TEXT NOT NULL,
    "PasswordHash" TEXT NOT NULL,
    "IsAdministrator" INTEGER NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "FailedSignIns" INTEGER NOT NULL,
    "LockedUntil" TEXT NULL
);

CREATE UNIQUE INDEX "IX_Teachers_NormalizedEmail" ON "Teachers" ("NormalizedEmail");

ALTER TABLE "Quizzes" ADD "OwnerId" TEXT NULL;

ALTER TABLE "Articles" ADD "OwnerId" TEXT NULL;

ALTER TABLE "Games" ADD "OwnerId" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121140000_TeacherAccounts', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Quizzes" ADD "Version" INTEGER NOT NULL DEFAULT 0;

CREATE INDEX "IX_Quizzes_OwnerId" ON "Quizzes" ("OwnerId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121150000_QuizVersions', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
CREATE TABLE "Classes" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Classes" PRIMARY KEY,
    "OwnerId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Code" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL
);

CREATE TABLE "ClassStudents" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_ClassStudents" PRIMARY KEY,
    "ClassId" TEXT NOT NULL,
    "Name" TEXT NOT NULL,
    "Position" INTEGER NOT NULL,
    "RemovedAt" TEXT NULL,
    CONSTRAINT "FK_ClassStudents_Classes_ClassId" FOREIGN KEY ("ClassId") REFERENCES "Classes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Assignments" (
    "Id" TEXT NOT NULL CONSTRAINT "PK_Assignments" PRIMARY KEY,
    "OwnerId" TEXT NOT NULL,
    "QuizId" TEXT NOT NULL,
    "QuizTitle" TEXT NOT NULL,
    "QuizSnapshot" TEXT NOT NULL,
    "ClassId" TEXT NULL,
    "Deadline" TEXT NULL,
    "CreatedAt" TEXT NOT NULL,
    CONSTRAINT "FK_Assignments_Classes_ClassId" FOREIGN KEY ("ClassId") REFERENCES "Classes" ("Id") ON DELETE SET NULL
);

CREATE TABLE "GameLinks" (
    "GameId" TEXT NOT NULL CONSTRAINT "PK_GameLinks" PRIMARY KEY,
    "Kind" TEXT NOT NULL,
    "ClassId" TEXT NULL,
    "AssignmentId" TEXT NULL,
    CONSTRAINT "FK_GameLinks_Games_GameId" FOREIGN KEY ("GameId") REFERENCES "Games" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_GameLinks_Classes_ClassId" FOREIGN KEY ("ClassId") REFERENCES "Classes" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_GameLinks_Assignments_AssignmentId" FOREIGN KEY ("AssignmentId") REFERENCES "Assignments" ("Id") ON DELETE SET NULL
);

CREATE TABLE "GamePlayerStudents" (
    "GameId" TEXT NOT NULL,
    "PlayerId" INTEGER NOT NULL,
    "StudentId" TEXT NOT NULL,
    CONSTRAINT "PK_GamePlayerStudents" PRIMARY KEY ("GameId", "PlayerId"),
    CONSTRAINT "FK_GamePlayerStudents_GamePlayers_GameId_PlayerId" FOREIGN KEY ("GameId", "PlayerId") REFERENCES "GamePlayers" ("GameId", "PlayerId") ON DELETE CASCADE,
    CONSTRAINT "FK_GamePlayerStudents_ClassStudents_StudentId" FOREIGN KEY ("StudentId") REFERENCES "ClassStudents" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Classes_OwnerId" ON "Classes" ("OwnerId");

CREATE UNIQUE INDEX "IX_Classes_Code" ON "Classes" ("Code");

CREATE INDEX "IX_ClassStudents_ClassId" ON "ClassStudents" ("ClassId");

CREATE INDEX "IX_Assignments_OwnerId" ON "Assignments" ("OwnerId");

CREATE INDEX "IX_Assignments_ClassId" ON "Assignments" ("ClassId");

CREATE INDEX "IX_GameLinks_ClassId" ON "GameLinks" ("ClassId");

CREATE INDEX "IX_GameLinks_AssignmentId" ON "GameLinks" ("AssignmentId");

CREATE INDEX "IX_GamePlayerStudents_StudentId" ON "GamePlayerStudents" ("StudentId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121170000_ClassesAndPractice', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Questions" ADD "KeepOrder" INTEGER NOT NULL DEFAULT 0;

ALTER TABLE "GameAnswers" ADD "Text" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205090000_QuestionKinds', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Articles" ADD "CaptionParagraphs" TEXT NULL;

ALTER TABLE "Articles" ADD "CreditLineParagraph" INTEGER NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205091000_ArticleParagraphRoles', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Teachers" ADD "Status" TEXT NOT NULL DEFAULT 'Approved';

CREATE INDEX "IX_Teachers_Status" ON "Teachers" ("Status");

ALTER TABLE "Teachers" DROP COLUMN "FailedSignIns";

ALTER TABLE "Teachers" DROP COLUMN "LockedUntil";

CREATE TABLE "TeacherInvitations" (
    "CodeHash" TEXT NOT NULL CONSTRAINT "PK_TeacherInvitations" PRIMARY KEY,
    "CreatedBy" TEXT NOT NULL,
    "CreatedAt" TEXT NOT NULL,
    "ExpiresAt" TEXT NOT NULL,
    "UsedAt" TEXT NULL,
    "UsedBy" TEXT NULL
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205120000_AccountApproval', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Games" ADD "Abandoned" INTEGER NOT NULL DEFAULT 0;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205121000_AbandonedGames', '10.0.14');

COMMIT;

BEGIN TRANSACTION;
ALTER TABLE "Questions" ADD "ShortPrompt" TEXT NULL;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205130000_ShortPrompts', '10.0.14');

COMMIT;

