import type { TurnContext } from 'botbuilder';

const AFTER_TURN = Symbol('convene.afterTurn');

/**
 * Work that must start only once the turn's HTTP response has gone out, so that a card update
 * from the work can never be overtaken by the invoke response of the same click.
 */
export class Background {
  private readonly running = new Set<Promise<unknown>>();

  afterTurn(context: TurnContext, work: () => Promise<unknown>): void {
    const queue: (() => Promise<unknown>)[] = context.turnState.get(AFTER_TURN) ?? [];
    queue.push(work);
    context.turnState.set(AFTER_TURN, queue);
  }

  /** Called by the server after the response is sent, with the queue the turn left. */
  start(queue: (() => Promise<unknown>)[] | undefined, onError: (error: unknown) => void): void {
    for (const work of queue ?? []) {
      const running = work().catch(onError);
      this.running.add(running);
      void running.finally(() => this.running.delete(running));
    }
  }

  queued(context: TurnContext): (() => Promise<unknown>)[] | undefined {
    return context.turnState.get(AFTER_TURN);
  }

  /** Resolves when no background work is left (shutdown, tests). */
  async idle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }
}
