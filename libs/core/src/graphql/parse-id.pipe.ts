import { Injectable, PipeTransform } from '@nestjs/common';
import { isUUID } from 'class-validator';
import { DomainError } from '../errors';

/** Checks an `ID` argument is a UUID, so a malformed id is bad input rather than a database error. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string): string {
    if (!isUUID(value)) {
      throw DomainError.validation('INVALID_ID', `"${String(value).slice(0, 60)}" is not an id`, [
        { field: 'id', messages: ['must be a UUID'] },
      ]);
    }
    return value;
  }
}
