import type { INestApplicationContext } from '@nestjs/common';
import { DEFAULT_LIST_TYPES } from '@xiangzhi/checklists/util';
import { parentCode, RequestContext } from '@xiangzhi/server/core';
import { ChecklistDraftSource } from '../checklists.enums';
import { ChecklistVersionsService } from '../services/checklist-versions.service';

/**
 * Puts example lists in force (for tests and demo seeds): the town of the villages publishes templates of the
 * example items (EXAMPLE_ITEMS), each village adopts them, submits, and the town approves. As the system.
 */
export async function publishExampleLists(
  app: INestApplicationContext,
  villageCodes: readonly string[],
  listTypes: readonly string[] = DEFAULT_LIST_TYPES.map((t) => t.code),
): Promise<void> {
  const versions = app.get(ChecklistVersionsService, { strict: false });
  const sys = () => RequestContext.system();
  const towns = [...new Set(villageCodes.map((v) => parentCode(v) as string))];
  for (const town of towns) {
    for (const listType of listTypes) {
      const draft = await versions.createDraft(sys(), {
        regionCode: town,
        listType,
        source: ChecklistDraftSource.EXAMPLES,
      });
      await versions.publishTemplate(sys(), draft.id, '示例清单', '示例依据');
    }
  }
  for (const village of villageCodes) {
    for (const listType of listTypes) {
      const draft = await versions.adopt(sys(), { villageCode: village, listType });
      await versions.submit(sys(), draft.id, '采用镇模板', '民发〔2020〕20号');
      await versions.approve(sys(), draft.id, '同意');
    }
  }
}
