-- CreateTable
CREATE TABLE "EscalationNotice" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "chat" TEXT NOT NULL,
    "items" TEXT NOT NULL,
    "sentOn" TEXT NOT NULL
);

-- CreateIndex
CREATE UNIQUE INDEX "EscalationNotice_chat_key" ON "EscalationNotice"("chat");
