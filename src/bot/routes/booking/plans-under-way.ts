/**
 * One plan at a time per review, in this bot process: a second `schedule` while one is being computed would
 * only wait behind it in the planner's pool and then post a second proposal.
 */
export class PlansUnderWay {
  private readonly running = new Map<string, string>();

  /** What is being planned for the review, if anything. */
  of(reviewId: string): string | undefined {
    return this.running.get(reviewId);
  }

  /** Marks `what` as under way for the review; the returned function ends it. */
  begin(reviewId: string, what: string): () => void {
    this.running.set(reviewId, what);
    return () => this.running.delete(reviewId);
  }
}
