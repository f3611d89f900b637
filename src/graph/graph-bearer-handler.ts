import type { AuthenticationProvider, Context, Middleware } from '@microsoft/microsoft-graph-client';

/**
 * Adds the bearer token to every request for the configured Graph origin.
 * The client's own AuthenticationHandler only signs https URLs of known Graph hosts, so it would send
 * nothing to a Graph-compatible endpoint on http://127.0.0.1 (GRAPH_BASE_URL in tests and local runs).
 */
export class GraphBearerHandler implements Middleware {
  private next?: Middleware;

  constructor(
    private readonly provider: AuthenticationProvider,
    private readonly origin: string,
  ) {}

  async execute(context: Context): Promise<void> {
    const url = typeof context.request === 'string' ? context.request : context.request.url;
    if (new URL(url).origin === this.origin) {
      const headers = new Headers(context.options?.headers);
      headers.set('Authorization', `Bearer ${await this.provider.getAccessToken()}`);
      context.options = { ...context.options, headers };
    }
    if (!this.next) throw new Error('GraphBearerHandler must not be the last middleware');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}
