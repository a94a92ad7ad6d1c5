import {
  ArgumentsHost,
  Catch,
  Controller,
  ExceptionFilter,
  Get,
  Param,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import { isUUID } from 'class-validator';
import { Actor, DomainError, ErrorKind, HUB_TEAM, Role, Roles } from '@chn/core';
import { RiskAssessmentsService } from './risk-assessments.service';

/** The little of Express's response this controller uses. */
interface Response {
  status(code: number): Response;
  setHeader(name: string, value: string): void;
  json(body: unknown): void;
  end(body: Buffer): void;
}

const STATUS: Record<ErrorKind, number> = {
  [ErrorKind.NOT_FOUND]: 404,
  [ErrorKind.VALIDATION]: 400,
  [ErrorKind.CONFLICT]: 409,
  [ErrorKind.FORBIDDEN]: 403,
  [ErrorKind.UNAUTHENTICATED]: 401,
  [ErrorKind.RATE_LIMITED]: 429,
};

/** Answers a refusal (the guard's included) with its status and reason, as JSON. */
@Catch(DomainError)
class DomainErrorAsJson implements ExceptionFilter {
  catch(error: DomainError, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<Response>()
      .status(STATUS[error.kind])
      .json({ error: { message: error.message, reason: error.reason } });
  }
}

/** Downloads of the PDFs the service keeps, for the employer they belong to and the hub team. */
@Controller('compliance/documents')
@UseFilters(DomainErrorAsJson)
export class ComplianceDocumentsController {
  constructor(private readonly riskAssessments: RiskAssessmentsService) {}

  @Roles(...HUB_TEAM, Role.EMPLOYER)
  @Get(':id')
  async download(
    @Req() req: { actor: Actor },
    @Param('id') id: string,
    @Res() res: Response,
  ): Promise<void> {
    if (!isUUID(id)) throw DomainError.notFound('compliance document', id);
    const document = await this.riskAssessments.download(req.actor, id);
    res.setHeader('Content-Type', document.contentType);
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader(
      'Content-Disposition',
      `attachment; filename="${document.fileName.replace(/[^\w.-]+/g, '_')}"`,
    );
    res.setHeader('Cache-Control', 'private, no-store');
    res.status(200).end(document.content);
  }
}
