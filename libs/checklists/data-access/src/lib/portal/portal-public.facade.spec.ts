import { inject } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ApiError } from '@xiangzhi/shared/data-access';
import { Apollo } from 'apollo-angular';
import { ApolloTestingController, ApolloTestingModule } from 'apollo-angular/testing';
import {
  PortalChecklistCasesDocument,
  PortalChecklistCasesGQL,
  PortalSubmitComplaintDocument,
  PortalSubmitComplaintGQL,
  PortalVerifyCertificateDocument,
  PortalVerifyCertificateGQL,
} from '../generated/graphql';
import { newComplaintKey, PortalChecklistPublicFacade } from './portal-public.facade';

const GQL_SERVICES = [PortalVerifyCertificateGQL, PortalChecklistCasesGQL, PortalSubmitComplaintGQL].map((service) => ({
  provide: service,
  useFactory: () => new service(inject(Apollo)),
}));

describe('PortalChecklistPublicFacade', () => {
  let facade: PortalChecklistPublicFacade;
  let controller: ApolloTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ imports: [ApolloTestingModule], providers: GQL_SERVICES });
    facade = TestBed.inject(PortalChecklistPublicFacade);
    controller = TestBed.inject(ApolloTestingController);
  });

  afterEach(() => controller.verify());

  it('verifies a serial', async () => {
    const pending = facade.verify('ZM-2026-000123');
    const op = controller.expectOne(PortalVerifyCertificateDocument);
    expect(op.operation.variables).toEqual({ serial: 'ZM-2026-000123' });
    op.flushData({
      verifyChecklistCertificate: {
        __typename: 'ChecklistCertificateVerification',
        serial: 'ZM-2026-000123',
        status: 'REVOKED',
        itemName: '入党外调政审证明',
        villageName: '沙尔嘎查',
        holderMasked: '王*',
        issuedOn: '2026-12-01',
        revokedOn: '2026-12-03',
      },
    });
    expect(await pending).toMatchObject({ status: 'REVOKED', revokedOn: '2026-12-03' });
  });

  it('reads a page of disclosed results', async () => {
    const pending = facade.cases('150626101201', 2);
    const op = controller.expectOne(PortalChecklistCasesDocument);
    expect(op.operation.variables).toEqual({ villageCode: '150626101201', first: 20, offset: 40 });
    op.flushData({ publicChecklistCases: { __typename: 'PublicChecklistCasePage', total: 41, items: [] } });
    expect(await pending).toEqual({ __typename: 'PublicChecklistCasePage', total: 41, items: [] });
  });

  it('sends a complaint trimmed, without an empty contact, and answers its number', async () => {
    const key = newComplaintKey();
    expect(key).toMatch(/^[0-9a-f-]{36}$/);
    const pending = facade.complain({
      villageCode: '150626101201',
      subject: ' 证明久拖不办 ',
      text: '申请的证明超过时限仍未出具。',
      contact: '  ',
      clientKey: key,
    });
    const op = controller.expectOne(PortalSubmitComplaintDocument);
    expect(op.operation.variables).toEqual({
      input: {
        villageCode: '150626101201',
        subject: '证明久拖不办',
        text: '申请的证明超过时限仍未出具。',
        contact: null,
        clientKey: key,
      },
    });
    op.flushData({ submitChecklistComplaint: { __typename: 'ChecklistComplaintReceipt', number: 'TS-2026-000007' } });
    expect(await pending).toBe('TS-2026-000007');
  });

  it("rethrows a refusal with the API's code", async () => {
    const pending = facade.complain({
      villageCode: '150626101201',
      subject: '问题',
      text: '内容内容内容',
      contact: '123',
      clientKey: newComplaintKey(),
    });
    controller.expectOne(PortalSubmitComplaintDocument).graphqlErrors([
      {
        message: 'contact',
        extensions: { code: 'CHECKLIST_COMPLAINT_CONTACT_INVALID', kind: 'BAD_USER_INPUT' },
      },
    ]);
    const error = await pending.catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'CHECKLIST_COMPLAINT_CONTACT_INVALID' });
  });
});
