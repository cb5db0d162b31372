// An SMTP server for the e2e suite's second API (the one in SMTP mode, see playwright.config.ts).
// It refuses the first message to each address at refuse-once.e2e.example with 550, a permanent
// failure the mail log shows as "failed"; a resend is then accepted. Everything else is accepted
// and thrown away. Plain CommonJS so Playwright can start it as a web server with plain node.
const { SMTPServer } = require('smtp-server');

const port = Number(process.argv[2]);
const refusedOnce = new Set();

const server = new SMTPServer({
  secure: false,
  authOptional: true,
  disabledCommands: ['STARTTLS', 'AUTH'],
  logger: false,
  onRcptTo(address, _session, callback) {
    const to = address.address.toLowerCase();
    if (to.endsWith('@refuse-once.e2e.example') && !refusedOnce.has(to)) {
      refusedOnce.add(to);
      return callback(Object.assign(new Error('Mailbox unavailable (e2e: refused once)'), { responseCode: 550 }));
    }
    return callback();
  },
  onData(stream, _session, callback) {
    stream.on('end', () => callback());
    stream.resume();
  },
});

server.listen(port, '127.0.0.1', () => console.log(`refusing SMTP server on port ${port}`));
