import { runCli } from './cli';

// A reader that stops early (`sspr-planner licenses plan | head`) is not an error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

/** Entry of the `sspr-planner` binary (bundled to dist/main/cli.cjs). */
runCli(process.argv.slice(2), {
  out: (t) => process.stdout.write(`${t}\n`),
  err: (t) => process.stderr.write(`${t}\n`),
  progress: process.stderr.isTTY ? (line) => process.stderr.write(`\r\x1b[2K${line}`) : undefined,
}).then((result) => {
  if (result.code !== 'serving') {
    process.exitCode = result.code;
    return;
  }
  const stop = () => {
    result.api.close();
    void result.host.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
});
