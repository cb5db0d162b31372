import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { INVITATION_SORT_FIELDS, type InvitationSortField } from '@miteinander/contracts';
import { PageQuery } from '@miteinander/server-platform';

export class AttendanceQueryDto extends PageQuery {
  @ApiPropertyOptional({ enum: INVITATION_SORT_FIELDS, default: 'name' })
  @IsOptional()
  @IsIn(INVITATION_SORT_FIELDS)
  sort?: InvitationSortField;

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  dir?: 'asc' | 'desc';

  @ApiPropertyOptional({ description: 'Name or email contains' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ enum: ['0', '1'], description: '1: everyone accepted or checked in; default: checked in only' })
  @IsOptional()
  @IsIn(['0', '1', 'true', 'false'])
  all?: string;
}

export class CertificatesQueryDto {
  @ApiPropertyOptional({ enum: ['winners', 'attendees'] })
  @IsOptional()
  @IsString()
  who?: string;
}
