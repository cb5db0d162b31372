import { ArgumentsHost, Catch, ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { ErrorCode, type ErrorBody } from '@miteinander/contracts';
import { requestContext } from '../context/request-context';
import { AppError } from './app-error';
import { errorMessage, fieldLabel } from './messages';

const STATUS_CODES: Record<number, ErrorCode> = {
  // Our own validation errors are AppErrors; a bare 400 comes from body parsing (e.g. broken JSON).
  400: ErrorCode.MalformedBody,
  401: ErrorCode.Unauthenticated,
  403: ErrorCode.Forbidden,
  404: ErrorCode.NotFound,
  409: ErrorCode.Conflict,
  413: ErrorCode.PayloadTooLarge,
  415: ErrorCode.MalformedBody,
  429: ErrorCode.TooManyAttempts,
};

/** Maps any thrown error to `{statusCode, code, message, errors?}` in the requester's language; never leaks internals. */
export function toErrorBody(error: unknown): { body: ErrorBody; headers?: Record<string, string> } {
  const locale = requestContext.current()?.locale;
  if (error instanceof AppError) {
    return {
      body: {
        statusCode: error.httpStatus,
        code: error.code,
        message: errorMessage(error.code, locale, error.messageParam),
        // A field error without its own text says the general message next to the field.
        errors: error.errors?.map((e) => ({
          field: e.field,
          message: e.message || `${fieldLabel(e.field, locale)}: ${errorMessage(error.code, locale, error.messageParam)}`,
        })),
        ...(error.allowedNext ? { allowedNext: [...error.allowedNext] } : {}),
      },
      headers: error.headers,
    };
  }
  const fastifyCode = (error as { code?: string }).code;
  if (fastifyCode === 'FST_ERR_CTP_INVALID_JSON_BODY' || fastifyCode === 'FST_ERR_CTP_EMPTY_JSON_BODY' || error instanceof SyntaxError) {
    return { body: { statusCode: 400, code: ErrorCode.MalformedBody, message: errorMessage(ErrorCode.MalformedBody, locale) } };
  }
  if (fastifyCode === 'FST_ERR_CTP_BODY_TOO_LARGE') {
    return { body: { statusCode: 413, code: ErrorCode.PayloadTooLarge, message: errorMessage(ErrorCode.PayloadTooLarge, locale) } };
  }
  if (fastifyCode === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || fastifyCode === 'FST_ERR_CTP_INVALID_CONTENT_LENGTH') {
    return { body: { statusCode: 415, code: ErrorCode.MalformedBody, message: errorMessage(ErrorCode.MalformedBody, locale) } };
  }
  const status = error instanceof HttpException ? error.getStatus() : ((error as { statusCode?: number }).statusCode ?? 500);
  if (status >= 400 && status < 500) {
    const code = (error instanceof SyntaxError || fastifyCode?.startsWith('FST_ERR_CTP') ? ErrorCode.MalformedBody : STATUS_CODES[status]) ?? ErrorCode.Validation;
    return { body: { statusCode: status, code, message: errorMessage(code, locale) } };
  }
  new Logger('HttpError').error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  return { body: { statusCode: 500, code: ErrorCode.Internal, message: errorMessage(ErrorCode.Internal, locale) } };
}

@Catch()
export class HttpExceptionFilter implements ExceptionFilter {
  catch(error: unknown, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const { body, headers } = toErrorBody(error);
    if (headers) reply.headers(headers);
    void reply.status(body.statusCode).send(body);
  }
}
