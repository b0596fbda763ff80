-- AlterTable
ALTER TABLE "Member" ADD COLUMN "rosterLarkId" TEXT;
ALTER TABLE "Member" ADD COLUMN "rosterWechatId" TEXT;
ALTER TABLE "Member" ADD COLUMN "rosterWecomId" TEXT;

-- AlterTable
ALTER TABLE "InboxMessage" ADD COLUMN "senderMobile" TEXT;
ALTER TABLE "InboxMessage" ADD COLUMN "senderTenantId" TEXT;

-- CreateTable
CREATE TABLE "MemberAccount" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "memberId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "platformUserId" TEXT NOT NULL,
    "via" TEXT NOT NULL,
    "linkedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "MemberAccount_memberId_fkey" FOREIGN KEY ("memberId") REFERENCES "Member" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "IdentityEvent" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "action" TEXT NOT NULL,
    "via" TEXT NOT NULL,
    "memberId" INTEGER NOT NULL,
    "memberName" TEXT NOT NULL,
    "platform" TEXT,
    "platformUserId" TEXT,
    "byName" TEXT,
    "byPlatform" TEXT,
    "byUserId" TEXT,
    "inboxId" INTEGER,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "ClaimRequest" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "memberId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "platformUserId" TEXT NOT NULL,
    "senderName" TEXT,
    "chatId" TEXT NOT NULL,
    "chatName" TEXT,
    "private" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'open',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decidedAt" DATETIME,
    "decidedBy" TEXT
);

-- CreateTable
CREATE TABLE "LinkCode" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "code" TEXT NOT NULL,
    "memberId" INTEGER NOT NULL,
    "issuedBy" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "usedByPlatform" TEXT,
    "usedByUserId" TEXT
);

-- CreateTable
CREATE TABLE "FaqDraft" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "normalized" TEXT NOT NULL,
    "question" TEXT NOT NULL,
    "answer" TEXT NOT NULL,
    "answeredBy" TEXT,
    "answers" INTEGER NOT NULL DEFAULT 1,
    "status" TEXT NOT NULL DEFAULT 'draft',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);

-- AlterTable (a plain ADD COLUMN rather than Prisma's table rebuild, so a migration of another
-- branch that adds a FaqQuestion column is not undone by a rebuild that does not know it)
ALTER TABLE "FaqQuestion" ADD COLUMN "corrections" INTEGER NOT NULL DEFAULT 0;

-- CreateIndex
CREATE INDEX "MemberAccount_memberId_idx" ON "MemberAccount"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "MemberAccount_platform_platformUserId_key" ON "MemberAccount"("platform", "platformUserId");

-- CreateIndex
CREATE INDEX "IdentityEvent_memberId_platform_idx" ON "IdentityEvent"("memberId", "platform");

-- CreateIndex
CREATE INDEX "ClaimRequest_platform_platformUserId_idx" ON "ClaimRequest"("platform", "platformUserId");

-- CreateIndex
CREATE INDEX "LinkCode_code_idx" ON "LinkCode"("code");

-- CreateIndex
CREATE INDEX "LinkCode_memberId_idx" ON "LinkCode"("memberId");

-- CreateIndex
CREATE UNIQUE INDEX "FaqDraft_normalized_key" ON "FaqDraft"("normalized");

-- The one account a member row held before becomes its first MemberAccount row, so every
-- account lives in one table from here on.
INSERT INTO "MemberAccount" ("memberId", "platform", "platformUserId", "via")
SELECT "id", "platform", "platformUserId", 'legacy' FROM "Member"
WHERE "platform" IS NOT NULL AND "platformUserId" IS NOT NULL;
UPDATE "Member" SET "platform" = NULL, "platformUserId" = NULL WHERE "platformUserId" IS NOT NULL;

-- CreateIndex (an account not linked yet is looked up by the ids and the mobile the roster lists)
CREATE INDEX "Member_rosterWechatId_idx" ON "Member"("rosterWechatId");
CREATE INDEX "Member_rosterLarkId_idx" ON "Member"("rosterLarkId");
CREATE INDEX "Member_phone_idx" ON "Member"("phone");
