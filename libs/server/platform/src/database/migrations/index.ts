import { Foundation1764000000000 } from './1764000000000-foundation';
import { People1764000100000 } from './1764000100000-people';
import { MailAndReminders1764000200000 } from './1764000200000-mail-and-reminders';
import { VolunteersAndHours1764000300000 } from './1764000300000-volunteers-and-hours';
import { Sponsorships1764000400000 } from './1764000400000-sponsorships';
import { Matching1764000500000 } from './1764000500000-matching';
import { HonoraryCard1764000600000 } from './1764000600000-honorary-card';
import { MicroProjects1764000700000 } from './1764000700000-micro-projects';
import { Recognition1764000800000 } from './1764000800000-recognition';
import { Reporting1764000900000 } from './1764000900000-reporting';
import { PrivacyRequests1764001000000 } from './1764001000000-privacy-requests';
import { Retention1764001100000 } from './1764001100000-retention';
import { EncryptionAndAudit1764001200000 } from './1764001200000-encryption-and-audit';
import { AccessibilityFeedback1764001300000 } from './1764001300000-accessibility-feedback';
import { PoliceCertificateEncryption1764001400000 } from './1764001400000-police-certificate-encryption';

/** Every migration, oldest first. Listed explicitly so the compiled build needs no file globbing. */
export const MIGRATIONS = [Foundation1764000000000, People1764000100000, MailAndReminders1764000200000, VolunteersAndHours1764000300000, Sponsorships1764000400000, Matching1764000500000, HonoraryCard1764000600000, MicroProjects1764000700000, Recognition1764000800000, Reporting1764000900000, PrivacyRequests1764001000000, Retention1764001100000, EncryptionAndAudit1764001200000, AccessibilityFeedback1764001300000, PoliceCertificateEncryption1764001400000];
