import { ApiProperty } from '@nestjs/swagger';
import { IsObject } from 'class-validator';
import type { MatchWeights, UpdateMatchWeightsRequest } from '@miteinander/contracts';

/** Only the shape here: each factor's range is checked by the domain (weightProblems), naming the factor. */
export class MatchWeightsDto implements UpdateMatchWeightsRequest {
  @ApiProperty({ type: 'object', additionalProperties: { type: 'number', minimum: 0, maximum: 10 } })
  @IsObject()
  weights!: MatchWeights;
}
