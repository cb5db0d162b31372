import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Allow, IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { EVENT_KINDS, EVENT_SORT_FIELDS, type CancelEventRequest, type EventInput, type EventKind, type EventSortField } from '@miteinander/contracts';
import { PageQuery } from '@miteinander/server-platform';

/**
 * The event form. Every property is only allowed through here: the domain's `eventInputProblems` checks types,
 * lengths, times and the deadline all at once, with messages naming each field ("the start is in the past" needs
 * the clock, which decorators do not have).
 */
export class EventInputDto implements Partial<EventInput> {
  @ApiPropertyOptional({ enum: EVENT_KINDS }) @Allow() kind?: EventKind;
  @ApiPropertyOptional() @Allow() title?: string;
  @ApiPropertyOptional({ example: '2026-12-11T18:00', description: 'local time, Europe/Berlin' }) @Allow() startsAt?: string;
  @ApiPropertyOptional({ example: '2026-12-11T21:00', nullable: true }) @Allow() endsAt?: string | null;
  @ApiPropertyOptional() @Allow() venueName?: string;
  @ApiPropertyOptional() @Allow() venueAddress?: string;
  @ApiPropertyOptional() @Allow() accessibility?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 100000 }) @Allow() capacity?: number;
  @ApiPropertyOptional({ example: '2026-12-04' }) @Allow() rsvpDeadline?: string;
  @ApiPropertyOptional() @Allow() plusOnesAllowed?: boolean;
  @ApiPropertyOptional() @Allow() descriptionDe?: string;
  @ApiPropertyOptional() @Allow() descriptionEn?: string;
}

/** The reason is checked by the service (required, at most 2000 characters), so the message names it. */
export class CancelEventDto implements Partial<CancelEventRequest> {
  @ApiProperty() @Allow() reason?: string;
}

export const EVENT_WHEN = ['upcoming', 'past', 'all'] as const;
export type EventWhen = (typeof EVENT_WHEN)[number];

export interface EventListQuery {
  page?: number;
  pageSize?: number;
  sort?: EventSortField;
  dir?: 'asc' | 'desc';
  when?: EventWhen;
  q?: string;
}

export class EventListQueryDto extends PageQuery implements EventListQuery {
  @ApiPropertyOptional({ enum: EVENT_SORT_FIELDS })
  @IsOptional()
  @IsIn(EVENT_SORT_FIELDS)
  sort?: EventSortField;

  @ApiPropertyOptional({ enum: ['asc', 'desc'] })
  @IsOptional()
  @IsIn(['asc', 'desc'])
  dir?: 'asc' | 'desc';

  @ApiPropertyOptional({ enum: EVENT_WHEN, default: 'upcoming' })
  @IsOptional()
  @IsIn(EVENT_WHEN)
  when?: EventWhen;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(100)
  q?: string;
}
