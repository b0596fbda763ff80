-- CreateTable
CREATE TABLE "EscalationNotice" (
    "id" SERIAL NOT NULL,
    "chat" TEXT NOT NULL,
    "items" TEXT NOT NULL,
    "sentOn" TEXT NOT NULL,

    CONSTRAINT "EscalationNotice_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "EscalationNotice_chat_key" ON "EscalationNotice"("chat");
