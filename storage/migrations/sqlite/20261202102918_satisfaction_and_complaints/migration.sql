-- AlterTable
ALTER TABLE "Visit" ADD COLUMN "satisfaction" TEXT;
ALTER TABLE "Visit" ADD COLUMN "satisfactionReason" TEXT;

-- AlterTable
ALTER TABLE "Issue" ADD COLUMN "kind" TEXT;

-- CreateTable
CREATE TABLE "ComplaintRecipient" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "townshipId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "setBy" TEXT,
    "setAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "townshipId" INTEGER NOT NULL,
    "recipientId" INTEGER NOT NULL,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "text" TEXT NOT NULL,
    "senderMemberId" INTEGER,
    "senderName" TEXT,
    "senderPlatform" TEXT NOT NULL,
    "senderChatId" TEXT NOT NULL,
    "inboxId" INTEGER,
    "receivedAt" DATETIME NOT NULL,
    "answer" TEXT,
    "answeredAt" DATETIME,
    "answeredBy" TEXT
);

-- CreateIndex
CREATE UNIQUE INDEX "ComplaintRecipient_townshipId_key" ON "ComplaintRecipient"("townshipId");

-- CreateIndex
CREATE INDEX "Complaint_townshipId_receivedAt_idx" ON "Complaint"("townshipId", "receivedAt");
