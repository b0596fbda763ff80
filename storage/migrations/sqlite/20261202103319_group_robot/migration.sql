-- CreateTable
CREATE TABLE "GroupRobot" (
    "id" INTEGER NOT NULL PRIMARY KEY AUTOINCREMENT,
    "platform" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "registeredBy" TEXT,
    "registeredAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateIndex
CREATE UNIQUE INDEX "GroupRobot_platform_chatId_key" ON "GroupRobot"("platform", "chatId");
