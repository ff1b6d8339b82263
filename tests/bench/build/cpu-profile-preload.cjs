// Loaded with NODE_OPTIONS=--require by `bench:build --profile` (Node refuses --cpu-prof in
// NODE_OPTIONS): profiles this process with the inspector and writes a .cpuprofile every few
// seconds, because Next.js ends its static workers with SIGKILL a second after asking them to
// stop, before a single profile written at exit could finish. Files are <pid>-<seq>.cpuprofile.
const fs = require("node:fs");
const path = require("node:path");
const inspector = require("node:inspector");

const dir = process.env.BENCH_CPU_PROFILE_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 1000 });
  session.post("Profiler.start");
  let seq = 0;
  const flush = (restart) => {
    session.post("Profiler.stop", (error, result) => {
      if (!error && result) {
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(path.join(dir, `${process.pid}-${String(seq++).padStart(4, "0")}.cpuprofile`), JSON.stringify(result.profile));
      }
      if (restart) session.post("Profiler.start");
    });
  };
  setInterval(() => flush(true), 10_000).unref();
  process.on("exit", () => flush(false));
}
