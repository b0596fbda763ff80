-- CreateTable
CREATE TABLE "Evidence" (
    "id" SERIAL NOT NULL,
    "platform" TEXT NOT NULL,
    "messageId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "name" TEXT,
    "chatId" TEXT NOT NULL,
    "senderId" TEXT NOT NULL,
    "inboxId" INTEGER,
    "sentAt" TIMESTAMP(3) NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'unlinked',
    "tries" INTEGER NOT NULL DEFAULT 0,
    "nextTryAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastError" TEXT,
    "localPath" TEXT,
    "bytes" INTEGER,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Evidence_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "EvidenceItem" (
    "evidenceId" INTEGER NOT NULL,
    "issueId" INTEGER NOT NULL,

    CONSTRAINT "EvidenceItem_pkey" PRIMARY KEY ("evidenceId","issueId")
);

-- CreateTable
CREATE TABLE "EvidenceTarget" (
    "id" SERIAL NOT NULL,
    "inboxId" INTEGER NOT NULL,
    "issueId" INTEGER NOT NULL,
    "platform" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "senderId" TEXT NOT NULL,
    "at" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "EvidenceTarget_pkey" PRIMARY KEY ("id")
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

-- AddForeignKey
ALTER TABLE "EvidenceItem" ADD CONSTRAINT "EvidenceItem_evidenceId_fkey" FOREIGN KEY ("evidenceId") REFERENCES "Evidence"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
