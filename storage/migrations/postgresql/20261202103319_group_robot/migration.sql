-- CreateTable
CREATE TABLE "GroupRobot" (
    "id" SERIAL NOT NULL,
    "platform" TEXT NOT NULL,
    "chatId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "registeredBy" TEXT,
    "registeredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "GroupRobot_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "GroupRobot_platform_chatId_key" ON "GroupRobot"("platform", "chatId");
