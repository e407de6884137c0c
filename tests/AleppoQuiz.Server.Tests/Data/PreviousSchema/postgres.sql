-- The schema as the hand-written migrations built it, up to and including 20261205130000_ShortPrompts,
-- with their history rows: what a database made before the generated migrations holds (postgres).
CREATE TABLE IF NOT EXISTS "__EFMigrationsHistory" (
    "MigrationId" character varying(150) NOT NULL,
    "ProductVersion" character varying(32) NOT NULL,
    CONSTRAINT "PK___EFMigrationsHistory" PRIMARY KEY ("MigrationId")
);

START TRANSACTION;
CREATE TABLE "Articles" (
    "Id" text NOT NULL,
    "Outlet" text NOT NULL,
    "WireCredit" text NOT NULL,
    "Date" date NOT NULL,
    "Title" text NOT NULL,
    "TitleSource" text NOT NULL,
    "Url" text,
    "OriginalFile" text,
    "Text" text NOT NULL,
    "Origin" text NOT NULL,
    "ContentHash" text NOT NULL,
    CONSTRAINT "PK_Articles" PRIMARY KEY ("Id")
);

CREATE TABLE "Quizzes" (
    "Id" text NOT NULL,
    "Title" text NOT NULL,
    "Description" text NOT NULL,
    "Origin" text NOT NULL,
    "ContentHash" text NOT NULL,
    CONSTRAINT "PK_Quizzes" PRIMARY KEY ("Id")
);

CREATE TABLE "Questions" (
    "Id" text NOT NULL,
    "QuizId" text NOT NULL,
    "Position" integer NOT NULL,
    "Type" text NOT NULL,
    "Skill" text NOT NULL,
    "Difficulty" text NOT NULL,
    "TimeLimitSeconds" integer NOT NULL,
    "Points" integer NOT NULL,
    "Prompt" text NOT NULL,
    "Explanation" text NOT NULL,
    CONSTRAINT "PK_Questions" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Questions_Quizzes_QuizId" FOREIGN KEY ("QuizId") REFERENCES "Quizzes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QuestionOptions" (
    "QuestionId" text NOT NULL,
    "Position" integer NOT NULL,
    "Text" text NOT NULL,
    "Correct" boolean NOT NULL,
    CONSTRAINT "PK_QuestionOptions" PRIMARY KEY ("QuestionId", "Position"),
    CONSTRAINT "FK_QuestionOptions_Questions_QuestionId" FOREIGN KEY ("QuestionId") REFERENCES "Questions" ("Id") ON DELETE CASCADE
);

CREATE TABLE "QuestionEvidence" (
    "QuestionId" text NOT NULL,
    "Position" integer NOT NULL,
    "ArticleId" text NOT NULL,
    "Quote" text NOT NULL,
    "Start" integer NOT NULL,
    "End" integer NOT NULL,
    CONSTRAINT "PK_QuestionEvidence" PRIMARY KEY ("QuestionId", "Position"),
    CONSTRAINT "FK_QuestionEvidence_Articles_ArticleId" FOREIGN KEY ("ArticleId") REFERENCES "Articles" ("Id") ON DELETE RESTRICT,
    CONSTRAINT "FK_QuestionEvidence_Questions_QuestionId" FOREIGN KEY ("QuestionId") REFERENCES "Questions" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Questions_QuizId_Position" ON "Questions" ("QuizId", "Position");

CREATE INDEX "IX_QuestionEvidence_ArticleId" ON "QuestionEvidence" ("ArticleId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121120000_QuestionBank', '10.0.14');

COMMIT;

START TRANSACTION;
CREATE TABLE "Games" (
    "Id" text NOT NULL,
    "Pin" text NOT NULL,
    "QuizId" text NOT NULL,
    "QuizTitle" text NOT NULL,
    "QuizSnapshot" text NOT NULL,
    "Seed" bigint NOT NULL,
    "HostKeyHash" text NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "EndedAt" timestamp with time zone,
    CONSTRAINT "PK_Games" PRIMARY KEY ("Id")
);

CREATE TABLE "GameCommands" (
    "GameId" text NOT NULL,
    "Sequence" bigint NOT NULL,
    "At" timestamp with time zone NOT NULL,
    "Command" text NOT NULL,
    CONSTRAINT "PK_GameCommands" PRIMARY KEY ("GameId", "Sequence"),
    CONSTRAINT "FK_GameCommands_Games_GameId" FOREIGN KEY ("GameId") REFERENCES "Games" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GamePlayers" (
    "GameId" text NOT NULL,
    "PlayerId" integer NOT NULL,
    "Nickname" text NOT NULL,
    "TokenHash" text NOT NULL,
    "JoinedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_GamePlayers" PRIMARY KEY ("GameId", "PlayerId"),
    CONSTRAINT "FK_GamePlayers_Games_GameId" FOREIGN KEY ("GameId") REFERENCES "Games" ("Id") ON DELETE CASCADE
);

CREATE TABLE "GameAnswers" (
    "GameId" text NOT NULL,
    "QuestionIndex" integer NOT NULL,
    "PlayerId" integer NOT NULL,
    "QuestionId" text NOT NULL,
    "OptionIds" text NOT NULL,
    "ReceivedAt" timestamp with time zone NOT NULL,
    "Correct" boolean,
    "Points" integer,
    "AnswerTimeMs" bigint,
    CONSTRAINT "PK_GameAnswers" PRIMARY KEY ("GameId", "QuestionIndex", "PlayerId"),
    CONSTRAINT "FK_GameAnswers_Games_GameId" FOREIGN KEY ("GameId") REFERENCES "Games" ("Id") ON DELETE CASCADE
);

CREATE INDEX "IX_Games_EndedAt" ON "Games" ("EndedAt");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121130000_LiveGames', '10.0.14');

COMMIT;

START TRANSACTION;
CREATE TABLE "Teachers" (
    "Id" text NOT NULL,
    "Email" text NOT NULL,
    "NormalizedEmail" text NOT NULL,
    "DisplayName" text NOT NULL,
    "PasswordHash" text NOT NULL,
    "IsAdministrator" boolean NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "FailedSignIns" integer NOT NULL,
    "LockedUntil" timestamp with time zone,
    CONSTRAINT "PK_Teachers" PRIMARY KEY ("Id")
);

CREATE UNIQUE INDEX "IX_Teachers_NormalizedEmail" ON "Teachers" ("NormalizedEmail");

ALTER TABLE "Quizzes" ADD "OwnerId" text;

ALTER TABLE "Articles" ADD "OwnerId" text;

ALTER TABLE "Games" ADD "OwnerId" text;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121140000_TeacherAccounts', '10.0.14');

COMMIT;

START TRANSACTION;
ALTER TABLE "Quizzes" ADD "Version" integer NOT NULL DEFAULT 0;

CREATE INDEX "IX_Quizzes_OwnerId" ON "Quizzes" ("OwnerId");

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261121150000_QuizVersions', '10.0.14');

COMMIT;

START TRANSACTION;
CREATE TABLE "Classes" (
    "Id" text NOT NULL,
    "OwnerId" text NOT NULL,
    "Name" text NOT NULL,
    "Code" text NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Classes" PRIMARY KEY ("Id")
);

CREATE TABLE "ClassStudents" (
    "Id" text NOT NULL,
    "ClassId" text NOT NULL,
    "Name" text NOT NULL,
    "Position" integer NOT NULL,
    "RemovedAt" timestamp with time zone,
    CONSTRAINT "PK_ClassStudents" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_ClassStudents_Classes_ClassId" FOREIGN KEY ("ClassId") REFERENCES "Classes" ("Id") ON DELETE CASCADE
);

CREATE TABLE "Assignments" (
    "Id" text NOT NULL,
    "OwnerId" text NOT NULL,
    "QuizId" text NOT NULL,
    "QuizTitle" text NOT NULL,
    "QuizSnapshot" text NOT NULL,
    "ClassId" text,
    "Deadline" timestamp with time zone,
    "CreatedAt" timestamp with time zone NOT NULL,
    CONSTRAINT "PK_Assignments" PRIMARY KEY ("Id"),
    CONSTRAINT "FK_Assignments_Classes_ClassId" FOREIGN KEY ("ClassId") REFERENCES "Classes" ("Id") ON DELETE SET NULL
);

CREATE TABLE "GameLinks" (
    "GameId" text NOT NULL,
    "Kind" text NOT NULL,
    "ClassId" text,
    "AssignmentId" text,
    CONSTRAINT "PK_GameLinks" PRIMARY KEY ("GameId"),
    CONSTRAINT "FK_GameLinks_Games_GameId" FOREIGN KEY ("GameId") REFERENCES "Games" ("Id") ON DELETE CASCADE,
    CONSTRAINT "FK_GameLinks_Classes_ClassId" FOREIGN KEY ("ClassId") REFERENCES "Classes" ("Id") ON DELETE SET NULL,
    CONSTRAINT "FK_GameLinks_Assignments_AssignmentId" FOREIGN KEY ("AssignmentId") REFERENCES "Assignments" ("Id") ON DELETE SET NULL
);

CREATE TABLE "GamePlayerStudents" (
    "GameId" text NOT NULL,
    "PlayerId" integer NOT NULL,
    "StudentId" text NOT NULL,
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

START TRANSACTION;
ALTER TABLE "Questions" ADD "KeepOrder" boolean NOT NULL DEFAULT FALSE;

ALTER TABLE "GameAnswers" ADD "Text" text;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205090000_QuestionKinds', '10.0.14');

COMMIT;

START TRANSACTION;
ALTER TABLE "Articles" ADD "CaptionParagraphs" text;

ALTER TABLE "Articles" ADD "CreditLineParagraph" integer;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205091000_ArticleParagraphRoles', '10.0.14');

COMMIT;

START TRANSACTION;
ALTER TABLE "Teachers" ADD "Status" text NOT NULL DEFAULT 'Approved';

CREATE INDEX "IX_Teachers_Status" ON "Teachers" ("Status");

ALTER TABLE "Teachers" DROP COLUMN "FailedSignIns";

ALTER TABLE "Teachers" DROP COLUMN "LockedUntil";

CREATE TABLE "TeacherInvitations" (
    "CodeHash" text NOT NULL,
    "CreatedBy" text NOT NULL,
    "CreatedAt" timestamp with time zone NOT NULL,
    "ExpiresAt" timestamp with time zone NOT NULL,
    "UsedAt" timestamp with time zone,
    "UsedBy" text,
    CONSTRAINT "PK_TeacherInvitations" PRIMARY KEY ("CodeHash")
);

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205120000_AccountApproval', '10.0.14');

COMMIT;

START TRANSACTION;
ALTER TABLE "Games" ADD "Abandoned" boolean NOT NULL DEFAULT FALSE;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205121000_AbandonedGames', '10.0.14');

COMMIT;

START TRANSACTION;
ALTER TABLE "Questions" ADD "ShortPrompt" text;

INSERT INTO "__EFMigrationsHistory" ("MigrationId", "ProductVersion")
VALUES ('20261205130000_ShortPrompts', '10.0.14');

COMMIT;

