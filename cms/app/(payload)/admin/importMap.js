import { ReviewStatus as ReviewStatus_01541aeb2aadc2c90f06b91027bc50a1 } from '../../../partner-review/components/ReviewStatus.tsx'
import { MarkCheckedField as MarkCheckedField_e3548a88decb2daf50938a3e4d3d358f } from '../../../freshness/components/MarkChecked.tsx'
import { SendForReviewButton as SendForReviewButton_c45ccccd837e568d950f3346c6ec170c } from '../../../partner-review/components/SendForReview.tsx'
import { SessionPreview as SessionPreview_676dbae19c531d91ed82940568e49e4e } from '../../../collections/Sessions/preview/SessionPreview.tsx'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ReviewDecision as ReviewDecision_219af8f16a0e29f9c24efdb1a993ff4c } from '../../../partner-review/components/ReviewDecision.tsx'
import { NotificationBell as NotificationBell_ad6996be7d4cf023d2db30482cfd5766 } from '../../../notifications/components/NotificationBell.tsx'
import { WhoYouAre as WhoYouAre_c42c95d1f6f130b5e9d9f34fe47fabcd } from '../../../dashboard/components/WhoYouAre.tsx'
import { SessionsThisWeek as SessionsThisWeek_1a3d226cd27f45e21aa5a79750e1d917 } from '../../../dashboard/components/SessionsThisWeek.tsx'
import { NotificationsPanel as NotificationsPanel_294a49cb403dada289db21429bfe6b9f } from '../../../notifications/components/NotificationsPanel.tsx'
import { SitePanel as SitePanel_09837eeeaea12b9d3ee937264e75c5d7 } from '../../../publishing/components/SitePanel.tsx'
import { ReviewQueue as ReviewQueue_da00a852176f70ed1137ca2af1c38991 } from '../../../partner-review/components/ReviewQueue.tsx'
import { ProblemReportsTasks as ProblemReportsTasks_b5151e6cc1bd9bc6f46b0e5405323077 } from '../../../problem-reports/components/ProblemReportsTasks.tsx'
import { DueForCheck as DueForCheck_7529c90f14c57d02ba3cec6288985ced } from '../../../freshness/components/DueForCheck.tsx'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/partner-review/components/ReviewStatus.tsx#ReviewStatus": ReviewStatus_01541aeb2aadc2c90f06b91027bc50a1,
  "/freshness/components/MarkChecked.tsx#MarkCheckedField": MarkCheckedField_e3548a88decb2daf50938a3e4d3d358f,
  "/partner-review/components/SendForReview.tsx#SendForReviewButton": SendForReviewButton_c45ccccd837e568d950f3346c6ec170c,
  "/collections/Sessions/preview/SessionPreview.tsx#SessionPreview": SessionPreview_676dbae19c531d91ed82940568e49e4e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/partner-review/components/ReviewDecision.tsx#ReviewDecision": ReviewDecision_219af8f16a0e29f9c24efdb1a993ff4c,
  "/notifications/components/NotificationBell.tsx#NotificationBell": NotificationBell_ad6996be7d4cf023d2db30482cfd5766,
  "/dashboard/components/WhoYouAre.tsx#WhoYouAre": WhoYouAre_c42c95d1f6f130b5e9d9f34fe47fabcd,
  "/dashboard/components/SessionsThisWeek.tsx#SessionsThisWeek": SessionsThisWeek_1a3d226cd27f45e21aa5a79750e1d917,
  "/notifications/components/NotificationsPanel.tsx#NotificationsPanel": NotificationsPanel_294a49cb403dada289db21429bfe6b9f,
  "/publishing/components/SitePanel.tsx#SitePanel": SitePanel_09837eeeaea12b9d3ee937264e75c5d7,
  "/partner-review/components/ReviewQueue.tsx#ReviewQueue": ReviewQueue_da00a852176f70ed1137ca2af1c38991,
  "/problem-reports/components/ProblemReportsTasks.tsx#ProblemReportsTasks": ProblemReportsTasks_b5151e6cc1bd9bc6f46b0e5405323077,
  "/freshness/components/DueForCheck.tsx#DueForCheck": DueForCheck_7529c90f14c57d02ba3cec6288985ced,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
