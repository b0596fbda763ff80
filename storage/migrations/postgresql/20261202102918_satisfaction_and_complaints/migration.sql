-- AlterTable
ALTER TABLE "Visit" ADD COLUMN     "satisfaction" TEXT,
ADD COLUMN     "satisfactionReason" TEXT;

-- AlterTable
ALTER TABLE "Issue" ADD COLUMN     "kind" TEXT;

-- CreateTable
CREATE TABLE "ComplaintRecipient" (
    "id" SERIAL NOT NULL,
    "townshipId" INTEGER NOT NULL,
    "memberId" INTEGER NOT NULL,
    "setBy" TEXT,
    "setAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ComplaintRecipient_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Complaint" (
    "id" SERIAL NOT NULL,
    "townshipId" INTEGER NOT NULL,
    "recipientId" INTEGER NOT NULL,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "text" TEXT NOT NULL,
    "senderMemberId" INTEGER,
    "senderName" TEXT,
    "senderPlatform" TEXT NOT NULL,
    "senderChatId" TEXT NOT NULL,
    "inboxId" INTEGER,
    "receivedAt" TIMESTAMP(3) NOT NULL,
    "answer" TEXT,
    "answeredAt" TIMESTAMP(3),
    "answeredBy" TEXT,

    CONSTRAINT "Complaint_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "ComplaintRecipient_townshipId_key" ON "ComplaintRecipient"("townshipId");

-- CreateIndex
CREATE INDEX "Complaint_townshipId_receivedAt_idx" ON "Complaint"("townshipId", "receivedAt");
