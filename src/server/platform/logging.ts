import type { FastifyReply, FastifyRequest } from 'fastify';
import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';

/**
 * Log options for Kring. Logs are operational data and must never carry personal data:
 * requests are logged by method and route template (never the concrete URL), bodies
 * are never logged, and any header or field that could identify a person is redacted.
 */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'res.headers["set-cookie"]',
        '*.wachtwoord',
        '*.password',
        '*.email',
        '*.token',
      ],
      censor: '[verborgen]',
    },
    serializers: {
      req(request: FastifyRequest) {
        return {
          id: request.id,
          method: request.method,
          // The route template only: a concrete path can hold an e-mail address or
          // a name that someone typed into a URL.
          route: request.routeOptions?.url ?? '(geen route)',
        };
      },
      res(reply: FastifyReply) {
        return { statusCode: reply.statusCode };
      },
    },
  };
}

export function createLogger(level: string, destination?: DestinationStream): Logger {
  return destination ? pino(loggerOptions(level), destination) : pino(loggerOptions(level));
}
