// Hosts the telegram-test-api Bot API emulator on 127.0.0.1 for the bot's end-to-end tests.
// Usage: node server.js            (binds a free port, prints "listening <port>" on stdout)
//
// The emulator marks updates read as soon as getUpdates returns them and ignores `offset`, so a bot
// that loses its place after a restart would not be caught. This host answers getUpdates by offset
// instead: every update with an id at or above `offset` is returned, until the bot asks past it. Unlike
// Telegram it also keeps the updates below the offset, so that a bot that forgets its offset and asks
// from the start again gets them twice, and a test sees that. Everything else goes to the emulator unchanged, including its client routes
// (POST /sendMessage, /sendCommand, /sendCallback, /getUpdates, /getUpdatesHistory) that tests use
// to act as users. getChatMember is answered only for members a test has registered through
// POST /test/chatMember {token, chatId, userId, status}; otherwise it reaches the emulator, which
// does not know the method (as with setMyCommands). POST /test/lastUserUpdate {token} gives the id of the
// latest update a user sent to that bot.
//
// The bot methods answer in Bot API shapes, which the emulator itself does not: sendMessage's `date` is in seconds
// (the emulator gives milliseconds) and its chat has the type its id says; editMessageText answers with the edited
// message (the emulator answers `result: null`), or 400 "message to edit not found" as Telegram does.
'use strict';
const http = require('http');
const express = require('express');
const TelegramServer = require('telegram-test-api');

const emulator = new TelegramServer({ port: 0, host: '127.0.0.1', storeTimeout: 600 });
const members = new Map();
const lastUserUpdate = new Map();

// Remember each token's latest user update id, so a test can compare it with the offset the bot stored.
const addUserUpdate = emulator.addUserUpdate.bind(emulator);
emulator.addUserUpdate = async (update) => {
  lastUserUpdate.set(update.botToken, update.updateId);
  await addUserUpdate(update);
};
const app = express();
app.use(express.json());
app.use(express.urlencoded({ extended: true }));

app.all('/bot:token/getUpdates', (req, res) => {
  const token = req.params.token;
  const offset = Number((req.body && req.body.offset) ?? req.query.offset ?? 0);
  const pending = emulator.storage.userMessages
    .filter((u) => u.botToken === token && u.updateId >= offset)
    .sort((a, b) => a.updateId - b.updateId)
    .map((u) => TelegramServer.formatUpdate(u));
  res.json({ ok: true, result: pending });
});

// A sent or edited message as the Bot API describes it.
const botApiMessage = (message, messageId, millis) => {
  const chatId = Number(message.chat_id);
  const shaped = {
    message_id: messageId,
    date: Math.floor(millis / 1000),
    chat: chatId > 0 ? { id: chatId, type: 'private', first_name: 'User' } : { id: chatId, type: 'supergroup', title: 'Group' },
    text: message.text,
  };
  if (message.message_thread_id !== undefined) shaped.message_thread_id = Number(message.message_thread_id);
  if (message.reply_markup && 'inline_keyboard' in message.reply_markup) shaped.reply_markup = message.reply_markup;
  return shaped;
};

app.all('/bot:token/sendMessage', (req, res) => {
  const sent = emulator.addBotMessage(req.body, req.params.token);
  res.json({ ok: true, result: botApiMessage(req.body, sent.message_id, sent.date) });
});

app.all('/bot:token/editMessageText', (req, res) => {
  const stored = emulator.storage.botMessages.find((m) => m.botToken === req.params.token
    && String(m.messageId) === String(req.body.message_id) && String(m.message.chat_id) === String(req.body.chat_id));
  if (!stored) {
    res.status(400).json({ ok: false, error_code: 400, description: 'Bad Request: message to edit not found' });
    return;
  }
  emulator.editMessageText(req.body);
  res.json({ ok: true, result: botApiMessage(stored.message, stored.messageId, Date.now()) });
});

app.all('/bot:token/getChatMember', (req, res, next) => {
  const key = `${req.params.token}|${req.body.chat_id}|${req.body.user_id}`;
  if (!members.has(key)) { next(); return; }
  res.json({ ok: true, result: { status: members.get(key), user: { id: Number(req.body.user_id), is_bot: false, first_name: 'Member' } } });
});

app.post('/test/chatMember', (req, res) => {
  members.set(`${req.body.token}|${req.body.chatId}|${req.body.userId}`, req.body.status);
  res.json({ ok: true, result: true });
});

app.post('/test/lastUserUpdate', (req, res) => {
  res.json({ ok: true, result: lastUserUpdate.get(req.body.token) ?? 0 });
});

// The emulator's own app: bot methods and client routes.
app.use(emulator.webServer);

const server = http.createServer(app);
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`listening ${server.address().port}\n`);
});
// The test fixture closes stdin to stop the server; it also dies with its parent that way.
process.stdin.on('end', () => server.close(() => process.exit(0)));
process.stdin.resume();
