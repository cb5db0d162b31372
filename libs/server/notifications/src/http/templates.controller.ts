import { Body, Controller, Get, HttpCode, Param, ParseEnumPipe, Post, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { ErrorCode, MAIL_LOCALES, MAIL_TEMPLATES, type MailLocale, type MailPreview, type MailTemplateInfo, type MailTemplateName, type MailTemplateText } from '@miteinander/contracts';
import { AppError } from '@miteinander/server-platform';
import { CurrentUser, Roles, type User } from '@miteinander/server-identity';
import { SaveTemplateDto } from '../dto';
import { TemplatesService } from '../templates.service';

const enumOf = <T extends string>(values: readonly T[]) =>
  new ParseEnumPipe(Object.fromEntries(values.map((v) => [v, v])), { exceptionFactory: () => new AppError(404, ErrorCode.NotFound) });
const templateName = enumOf(MAIL_TEMPLATES);
const mailLocale = enumOf(MAIL_LOCALES);

@ApiTags('mail-templates')
@Roles('admin')
@Controller('mail-templates')
export class TemplatesController {
  constructor(private readonly templates: TemplatesService) {}

  @Get()
  list(): Promise<MailTemplateInfo[]> {
    return this.templates.list();
  }

  @Get(':name/:locale')
  current(@Param('name', templateName) name: MailTemplateName, @Param('locale', mailLocale) locale: MailLocale): Promise<MailTemplateText> {
    return this.templates.current(name, locale);
  }

  @Get(':name/:locale/versions')
  versions(@Param('name', templateName) name: MailTemplateName, @Param('locale', mailLocale) locale: MailLocale): Promise<MailTemplateText[]> {
    return this.templates.versions(name, locale);
  }

  @Post(':name/:locale/preview')
  @HttpCode(200)
  preview(@Param('name', templateName) name: MailTemplateName, @Param('locale', mailLocale) locale: MailLocale, @Body() dto: SaveTemplateDto): MailPreview {
    return this.templates.preview(name, locale, dto);
  }

  @Put(':name/:locale')
  save(
    @Param('name', templateName) name: MailTemplateName,
    @Param('locale', mailLocale) locale: MailLocale,
    @Body() dto: SaveTemplateDto,
    @CurrentUser() actor: User,
  ): Promise<MailTemplateText> {
    return this.templates.save(name, locale, dto, actor.id);
  }
}
