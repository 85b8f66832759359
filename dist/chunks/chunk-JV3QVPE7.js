import { createRequire as __kmsActionCreateRequire } from 'node:module';
const require = __kmsActionCreateRequire(import.meta.url);

// core/work/create-work-meter.ts
var WorkLimitError = class extends Error {
  constructor(limit, spent) {
    super(`the work took more than ${String(limit)} steps (${String(spent)})`);
    this.limit = limit;
    this.spent = spent;
    this.name = "WorkLimitError";
  }
  limit;
  spent;
};
function createWorkMeter(limit, exceeded = (spent) => new WorkLimitError(limit, spent)) {
  let spent = 0;
  return {
    limit,
    get spent() {
      return spent;
    },
    get left() {
      return spent <= limit ? limit - spent : 0;
    },
    charge(steps) {
      if (!(Number.isFinite(steps) && steps >= 0))
        throw new RangeError(
          `a work charge must be a finite number of steps >= 0, not ${String(steps)}: the charge is a bug in its caller`
        );
      if (spent += steps, !(spent <= limit)) throw exceeded(spent);
    }
  };
}

// core/work/create-work-scope.ts
function createWorkScope() {
  let active;
  return {
    meter(meter, run) {
      let previous = active;
      active = meter;
      try {
        return run();
      } finally {
        active = previous;
      }
    },
    active: () => active,
    charge(steps) {
      active?.charge(steps);
    }
  };
}

export {
  createWorkMeter,
  createWorkScope
};
