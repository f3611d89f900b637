/**
 * Plans in a piscina worker pool, so that a large review never holds up the event loop (every other chat,
 * card action and /healthz keeps its answer within Teams' 5 seconds), and stops a plan at the time limit by
 * aborting its task, which terminates the thread; the pool starts a fresh one for the next plan.
 */
import { Piscina } from 'piscina';
import type { CaseReviewPlan } from '../domain/case-reviews/index.js';
import type { HeldSession, OnSitePlan } from '../domain/on-site/index.js';
import type { BusyByPerson, Review } from '../domain/shared/index.js';
import type { Planned, Planner } from '../services/ports/index.js';

/** The exports of plan-tasks.ts, and what each is given. */
type TaskName = 'planOnSite' | 'planCaseReviews';
interface PlanTask {
  review: Review;
  busy: BusyByPerson;
  held?: readonly HeldSession[];
}

/** An idle thread stays this long, so a re-plan straight after another does not pay the start-up again. */
const IDLE_MS = 60_000;

export interface WorkerPlannerOptions {
  /** Plans that may run at once; more wait their turn. */
  maxThreads: number;
  timeLimitSeconds: number;
}

/** Under tsx this file is .ts and the thread must register tsx itself; built, it is .js beside plan-tasks.js. */
const THREAD_ENTRY = import.meta.url.endsWith('.ts') ? './plan-worker-dev.mjs' : './plan-tasks.js';

export class WorkerPlanner implements Planner {
  private readonly pool: Piscina;

  constructor(private readonly options: WorkerPlannerOptions) {
    this.pool = new Piscina({
      filename: new URL(THREAD_ENTRY, import.meta.url).href,
      minThreads: 0,
      maxThreads: options.maxThreads,
      idleTimeout: IDLE_MS,
    });
  }

  planOnSite(review: Review, busy: BusyByPerson, held: readonly HeldSession[]): Promise<Planned<OnSitePlan>> {
    return this.run<OnSitePlan>('planOnSite', { review, busy, held });
  }

  planCaseReviews(review: Review, busy: BusyByPerson): Promise<Planned<CaseReviewPlan>> {
    return this.run<CaseReviewPlan>('planCaseReviews', { review, busy });
  }

  /** Stops every running plan (their callers see an error) and the threads. */
  close(): Promise<void> {
    return this.pool.destroy();
  }

  /** The limit counts from the hand-over to the pool, so a thread's start-up and any wait for a busy one count too. */
  private async run<T>(name: TaskName, task: PlanTask): Promise<Planned<T>> {
    const limit = AbortSignal.timeout(this.options.timeLimitSeconds * 1000);
    try {
      return { ok: true, plan: (await this.pool.run(task, { name, signal: limit })) as T };
    } catch (error) {
      if (limit.aborted) return { ok: false, limitSeconds: this.options.timeLimitSeconds };
      throw error;
    }
  }
}
