-- Why a policy version was published: the regulator lead's change note, shown with the version list and in the
-- audit trail. Versions stored before this column have none (null).
alter table rule_policy add column change_note text;
