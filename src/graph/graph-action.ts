import { GraphError, ResponseType, type GraphRequest } from '@microsoft/microsoft-graph-client';

/**
 * POSTs to a Graph action documented to "not return anything in the response body" (event accept, tentativelyAccept
 * and decline answer 202; sendMail 202; a Teams app installation 201). Graph may still label that empty body
 * `application/json`, which the client would parse and fail on after the action had been done; so the answer is read
 * raw, its status decides, and a failure is thrown as the client's own GraphError (status, code, message).
 */
export const postAction = async (request: GraphRequest, body: unknown): Promise<void> => {
  const response: Response = await request.responseType(ResponseType.RAW).post(body);
  const text = await response.text();
  if (response.ok) return;
  const error = errorOf(text);
  const failure = new GraphError(response.status, error?.message ?? text);
  failure.code = error?.code ?? null;
  failure.body = text;
  failure.headers = response.headers;
  throw failure;
};

const errorOf = (text: string): { code?: string; message?: string } | undefined => {
  try {
    return (JSON.parse(text) as { error?: { code?: string; message?: string } }).error;
  } catch {
    return undefined;
  }
};
