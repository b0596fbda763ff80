-- CreateTable
CREATE TABLE "Evidence" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "platform" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT,
    "chatId" TEXT NOT NULL,
    "senderId" TEXT NOT NULL,
    "inboxId" INTEGER,
    "sentAt" DATETIME NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'unlinked',
    "tries" INTEGER NOT NULL DEFAULT 0,
    "nextTryAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "localPath" TEXT,
    "bytes" INTEGER,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "EvidenceItem" (
    "evidenceId" INTEGER NOT NULL,
    "issueId" INTEGER NOT NULL,

    PRIMARY KEY ("evidenceId", "issueId"),
    CONSTRAINT "EvidenceItem_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "EvidenceTarget" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "inboxId" INTEGER NOT NULL,
    "issueId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "senderId" TEXT NOT NULL,
    "at" DATETIME NOT NULL
);

-- CreateIndex
CREATE INDEX "Evidence_status_nextTryAt_idx" ON "Evidence"("status", "nextTryAt");

-- CreateIndex
CREATE INDEX "Evidence_platform_chatId_senderId_sentAt_idx" ON "Evidence"("platform", "chatId", "senderId", "sentAt");

-- CreateIndex
CREATE UNIQUE INDEX "Evidence_platform_messageId_key_key" ON "Evidence"("platform", "messageId", "key");

-- CreateIndex
CREATE INDEX "EvidenceItem_issueId_idx" ON "EvidenceItem"("issueId");

-- CreateIndex
CREATE INDEX "EvidenceTarget_platform_chatId_senderId_at_idx" ON "EvidenceTarget"("platform", "chatId", "senderId", "at");
