import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, HeaderMap } from '@apollo/server';
import proxyAddress from 'proxy-addr';
import { ErrorCode } from './shared/errors/domain-error';
import type { Logger } from './shared/logger';
import type { RequestContext } from './shared/request-context';

type Next = (error?: unknown) => void;
/** A Connect-style middleware over plain Node requests (pino-http's and body-parser's both are). */
export type NodeMiddleware = (request: IncomingMessage, response: ServerResponse, next: Next) => void;

/**
 * The address a request comes from: the connection's, or behind a trusted reverse proxy (`TRUST_PROXY`)
 * the client's as `X-Forwarded-For` names it, as Express's `trust proxy` reads it (proxy-addr).
 */
export function clientAddressOf(request: IncomingMessage, trustProxy: boolean): string | null {
  return proxyAddress(request, () => trustProxy) || null; // no address once the connection is gone
}

/**
 * An error raised before GraphQL runs (body too large, malformed JSON) as an answer in GraphQL's shape,
 * never a page showing a stack trace.
 */
export function httpErrorAnswer(error: { status?: number; type?: string; limit?: number }, logger: Logger): { status: number; body: { errors: Array<{ message: string; extensions: Record<string, string> }> } } {
  const status = typeof error.status === 'number' && error.status >= 400 && error.status < 500 ? error.status : 500;
  let message = 'The request could not be read.';
  if (error.type === 'entity.too.large') message = `The request body is larger than ${error.limit ?? 'the limit of'} bytes.`;
  else if (error.type === 'entity.parse.failed') message = 'The request body is not valid JSON.';
  const extensions: Record<string, string> = { code: status === 500 ? ErrorCode.INTERNAL_SERVER_ERROR : 'BAD_REQUEST' };
  if (status === 500) {
    extensions.correlationId = randomUUID();
    message = `Internal server error. Quote correlation id ${extensions.correlationId} when you report it.`;
    logger.error({ err: error, correlationId: extensions.correlationId }, 'unexpected error outside GraphQL');
  }
  return { status, body: { errors: [{ message, extensions }] } };
}

export interface GraphQLPostOptions {
  apollo: ApolloServer<RequestContext>;
  /** Gives each request its id and logger, and logs it when answered (pino-http, as for every other path). */
  requestLogging: NodeMiddleware;
  /** Reads the JSON body within the size limit (body-parser's json, as Express's `express.json`). */
  jsonBody: NodeMiddleware;
  context(request: IncomingMessage): Promise<RequestContext>;
  logger: Logger;
}

/**
 * `POST /graphql` on Node's own request and response, as Apollo's standalone server serves GraphQL (a
 * HeaderMap, `executeHTTPGraphQLRequest`), with the same request logging and body parsing as the Express
 * app that serves every other path. Going through Express (its routing, request and response helpers)
 * cost 6% of a profile page's Node CPU and 14% of a 4-level query's (BENCHMARKS.md); GraphQL's answers
 * need none of it.
 */
export function graphqlPostHandler(options: GraphQLPostOptions): (request: IncomingMessage, response: ServerResponse) => void {
  const { apollo, requestLogging, jsonBody, context, logger } = options;
  const answerError = (error: unknown, request: IncomingMessage, response: ServerResponse): void => {
    if (response.headersSent) {
      (request.log ?? logger).error({ err: error }, 'failed while sending an answer');
      response.destroy();
      return;
    }
    const { status, body } = httpErrorAnswer(error as { status?: number }, request.log ?? logger);
    response.statusCode = status;
    response.setHeader('content-type', 'application/json; charset=utf-8');
    response.end(JSON.stringify(body));
  };
  const execute = async (request: IncomingMessage & { body?: unknown }, response: ServerResponse): Promise<void> => {
    const headers = new HeaderMap();
    for (const [name, value] of Object.entries(request.headers)) {
      if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
    }
    const answer = await apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: 'POST', headers, search: '', body: request.body },
      context: () => context(request),
    });
    for (const [name, value] of answer.headers) response.setHeader(name, value);
    response.statusCode = answer.status ?? 200;
    if (answer.body.kind === 'complete') {
      response.end(answer.body.string);
      return;
    }
    for await (const chunk of answer.body.asyncIterator) response.write(chunk);
    response.end();
  };
  return (request, response) => {
    requestLogging(request, response, (loggingError) => {
      if (loggingError) return answerError(loggingError, request, response);
      jsonBody(request, response, (bodyError) => {
        if (bodyError) return answerError(bodyError, request, response);
        execute(request, response).catch((error: unknown) => answerError(error, request, response));
      });
    });
  };
}
