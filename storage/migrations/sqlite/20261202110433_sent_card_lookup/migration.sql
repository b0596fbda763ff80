-- CreateIndex
CREATE INDEX "OutboxMessage_platform_platformMessageId_idx" ON "OutboxMessage"("platform", "platformMessageId");
