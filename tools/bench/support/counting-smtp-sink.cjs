const { SMTPServer } = require('smtp-server');

/** An SMTP server in this process that accepts every mail and counts it (benchmarks and the load run). */
async function startCountingSmtpSink() {
  let received = 0;
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    closeTimeout: 100,
    onData(stream, _session, callback) {
      stream.on('data', () => {});
      stream.on('end', () => {
        received++;
        callback();
      });
    },
  });
  server.on('error', () => undefined); // connections reset by a worker that exits are expected
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const stop = () => {
    for (const c of server.connections) c._socket.destroy();
    return new Promise((resolve) => server.close(resolve));
  };
  return { url: `smtp://127.0.0.1:${server.server.address().port}`, received: () => received, reset: () => (received = 0), stop, close: stop };
}

module.exports = { startCountingSmtpSink };
