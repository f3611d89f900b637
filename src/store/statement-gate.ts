/**
 * Who may use PGlite's one session at a time. Single statements go side by side: PGlite's thread runs them one
 * after the other anyway, so none need wait for another's rows to reach the bot's thread. A transaction runs
 * alone, from its begin to its end, so that no other caller's statement lands inside it. Callers are let in
 * in the order they came, so a stream of statements never starves a transaction.
 */
export class StatementGate {
  private statements = 0;
  private alone = false;
  private readonly waiting: { alone: boolean; admit: () => void }[] = [];

  /** Runs `work` (one statement) once no transaction holds the session. */
  async statement<T>(work: () => Promise<T>): Promise<T> {
    await this.enter(false);
    try {
      return await work();
    } finally {
      this.statements -= 1;
      this.admitWaiting();
    }
  }

  /** Resolves once every statement under way has ended and the session is this caller's alone. */
  enterAlone(): Promise<void> {
    return this.enter(true);
  }

  leaveAlone(): void {
    this.alone = false;
    this.admitWaiting();
  }

  private enter(alone: boolean): Promise<void> {
    if (this.waiting.length === 0 && this.fits(alone)) {
      this.take(alone);
      return Promise.resolve();
    }
    return new Promise((admit) => this.waiting.push({ alone, admit }));
  }

  private fits(alone: boolean): boolean {
    return !this.alone && (!alone || this.statements === 0);
  }

  private take(alone: boolean): void {
    if (alone) this.alone = true;
    else this.statements += 1;
  }

  private admitWaiting(): void {
    for (let next = this.waiting[0]; next && this.fits(next.alone); next = this.waiting[0]) {
      this.waiting.shift();
      this.take(next.alone);
      next.admit();
    }
  }
}
