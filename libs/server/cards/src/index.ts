import { CardApplication } from './entities/card-application.entity';
import { CardConfirmation } from './entities/card-confirmation.entity';
import { CardRuleSet } from './entities/card-rule-set.entity';
import { Card } from './entities/card.entity';

export const CARDS_ENTITIES = [CardRuleSet, CardApplication, CardConfirmation, Card];
export { CardsModule } from './cards.module';
export { factsSql, factsParams } from './eligibility/facts.sql';
export { seedCardRuleSets } from './rules/rule-set-seeder';
