import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, Ctx, Public, RequestContext } from '@xiangzhi/server/core';
import { checklistPermission } from '../checklist-access';
import { ChecklistRegionPageArgs } from '../cases/case.input';
import {
  IssueChecklistCertificateInput,
  RevokeChecklistCertificateArgs,
  VerifyChecklistCertificateArgs,
} from './certificate.input';
import { toCertificateModel } from './certificate-mappers';
import {
  ChecklistCertificateModel,
  ChecklistCertificatePageModel,
  ChecklistCertificateVerificationModel,
} from './certificate.model';
import { ChecklistCertificatesService } from './certificates.service';

@Resolver(() => ChecklistCertificateModel)
export class ChecklistCertificateResolver {
  constructor(private readonly certificates: ChecklistCertificatesService) {}

  @Query(() => ChecklistCertificatePageModel, { description: 'The issuance log of a region, newest first.' })
  @Allow(checklistPermission('READ'))
  checklistCertificates(@Ctx() ctx: RequestContext, @Args() args: ChecklistRegionPageArgs) {
    return this.certificates.list(ctx, args.regionCode, args);
  }

  @Mutation(() => ChecklistCertificateModel, { description: 'Issues the certificate of an approved case.' })
  @Allow(checklistPermission('CERTIFY'))
  async issueChecklistCertificate(@Ctx() ctx: RequestContext, @Args('input') input: IssueChecklistCertificateInput) {
    return toCertificateModel(await this.certificates.issue(ctx, input));
  }

  @Mutation(() => ChecklistCertificateModel, { description: 'Revokes a certificate with its reason.' })
  @Allow(checklistPermission('CERTIFY'))
  async revokeChecklistCertificate(@Ctx() ctx: RequestContext, @Args() args: RevokeChecklistCertificateArgs) {
    return toCertificateModel(await this.certificates.revoke(ctx, args.id, args.reason));
  }
}

@Resolver(() => ChecklistCertificateVerificationModel)
export class PublicChecklistCertificateResolver {
  constructor(private readonly certificates: ChecklistCertificatesService) {}

  @Query(() => ChecklistCertificateVerificationModel, {
    description: 'Public: VALID, REVOKED or UNKNOWN for a serial; item, village and dates only.',
  })
  @Public()
  verifyChecklistCertificate(@Args() args: VerifyChecklistCertificateArgs) {
    return this.certificates.verify(args.serial);
  }
}
