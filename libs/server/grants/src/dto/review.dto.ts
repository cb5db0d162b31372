import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { GrantScoreInput } from '@miteinander/contracts';
import { trim } from '@miteinander/server-people';
import { Transform } from 'class-transformer';

export class ConflictDto {
  @ApiProperty({ description: 'Why the reviewer cannot judge this application impartially', maxLength: 2000 })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}

/** The scores are checked by the domain (scoreProblems), which names each wrong entry as `scores.N.points`. */
export class ScoresDto {
  @ApiProperty({ description: 'One entry per criterion: {criterion, points 0–5, comment?}', type: 'array', items: { type: 'object' } })
  @IsDefined()
  scores!: GrantScoreInput[];
}
