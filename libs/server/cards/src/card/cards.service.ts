import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { ErrorCode, type CardVerification } from '@miteinander/contracts';
import { cardState, initialsOf } from '@miteinander/domain-cards';
import { AppError, MailService, requestContext } from '@miteinander/server-platform';
import { CardsConfig } from '../cards-config';
import { renderCardPdf } from './card-pdf';

/** Where the QR code leads: the public verification page of the web app. */
export const VERIFY_PAGE_PATH = 'card-verify';

interface CardRow {
  id: string;
  volunteer_id: string;
  first_name: string;
  last_name: string;
  card_number: string;
  valid_from: string;
  valid_until: string | null;
  revoked: boolean;
  verify_code: string;
}

const SELECT = `SELECT k.id, k.volunteer_id, v.first_name, v.last_name, k.card_number, k.valid_from::text AS valid_from, k.valid_until::text AS valid_until,
                       k.revoked_at IS NOT NULL AS revoked, k.verify_code
                  FROM cards k JOIN volunteers v ON v.id = k.volunteer_id`;

/** Printing and public verification of issued cards. */
@Injectable()
export class CardsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly mail: MailService,
    private readonly config: CardsConfig,
  ) {}

  /** Only the state, the expiry date and initials: a name only the holder's ID can tell. Unknown codes say nothing more. */
  async verify(code: string): Promise<CardVerification> {
    const rows: CardRow[] = code ? await this.dataSource.query(`${SELECT} WHERE k.verify_code = $1`, [code]) : [];
    const r = rows[0];
    if (!r) return { state: 'unknown', validUntil: null, initials: null };
    return { state: cardState(r.valid_until, r.revoked, this.config.today()), validUntil: r.valid_until, initials: initialsOf(r.first_name, r.last_name) };
  }

  /** The card's PDF; `volunteerId` restricts it to that volunteer's cards (their own page). */
  async pdf(cardId: string, volunteerId?: string): Promise<{ body: Buffer; fileName: string }> {
    const rows: CardRow[] = await this.dataSource.query(`${SELECT} WHERE k.id = $1`, [cardId]);
    const r = rows[0];
    if (!r || (volunteerId && r.volunteer_id !== volunteerId)) throw new AppError(404, ErrorCode.NotFound);
    const lang = requestContext.current()?.locale === 'en' ? 'en' : 'de';
    const body = await renderCardPdf(
      {
        holderName: `${r.first_name} ${r.last_name}`,
        cardNumber: r.card_number,
        validFrom: r.valid_from,
        validUntil: r.valid_until,
        revoked: r.revoked,
        countyName: this.config.countyName,
        verifyUrl: this.mail.link(VERIFY_PAGE_PATH, { code: r.verify_code }),
      },
      lang,
    );
    return { body, fileName: `${lang === 'de' ? 'Ehrenamtskarte' : 'Honorary-card'}-${r.card_number}.pdf` };
  }
}
