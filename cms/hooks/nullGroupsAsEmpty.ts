/**
 * A group field sent as null ("ageRange": {"min": null}, "cost": null) means "nothing given", as
 * an empty group does. Payload 3.90 instead reads the group's fields from null and throws
 * ("Cannot read properties of null (reading 'value')"), which an API client sees as a 500. Before
 * each create and update, a null group (at any depth: inside groups, rows, collapsibles, tabs and
 * array items) is left out of the data, so the save goes on and the fields' own rules decide.
 * An array sent as null ("exceptions": null) is saved as no rows, for the same reason.
 * A date sent as "" ("lastDate": "", what an emptied form field sends) is no date (null), as the
 * schemas read it: Payload 3.90 would store "" and then fail reading the saved record back
 * ("Invalid time value"), a 500 after the row was written. A required date is then refused by its
 * own rule, naming it.
 */
import type { CollectionBeforeOperationHook, CollectionConfig, Field } from 'payload'

type Data = Record<string, unknown>

/** Removes null groups from `data` in place (and makes empty dates null, null arrays empty), following the fields' layout. */
export const dropNullGroups = (fields: readonly Field[], data: Data): void => {
  for (const field of fields) {
    if (field.type === 'date') {
      if (data[field.name] === '') data[field.name] = null
    } else if (field.type === 'group' && 'name' in field && field.name) {
      const value = data[field.name]
      if (value === null) delete data[field.name]
      else if (value && typeof value === 'object') dropNullGroups(field.fields, value as Data)
    } else if (field.type === 'array') {
      const rows = data[field.name]
      // An array sent as null is no rows (Payload 3.90's SQLite writer reads rows from null too).
      if (rows === null) data[field.name] = []
      else if (Array.isArray(rows))
        for (const row of rows) if (row && typeof row === 'object') dropNullGroups(field.fields, row as Data)
    } else if (
      field.type === 'row' ||
      field.type === 'collapsible' ||
      (field.type === 'group' && !('name' in field && field.name))
    ) {
      dropNullGroups(field.fields, data)
    } else if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        if ('name' in tab && tab.name) {
          const value = data[tab.name]
          if (value === null) delete data[tab.name]
          else if (value && typeof value === 'object') dropNullGroups(tab.fields, value as Data)
        } else dropNullGroups(tab.fields, data)
      }
    }
  }
}

const hookFor =
  (fields: readonly Field[]): CollectionBeforeOperationHook =>
  ({ args, operation }) => {
    if ((operation === 'create' || operation === 'update') && args.data && typeof args.data === 'object')
      dropNullGroups(fields, args.data as Data)
    return args
  }

/** The collection, with null groups treated as empty on every save. */
export const nullGroupsAsEmpty = (collection: CollectionConfig): CollectionConfig => ({
  ...collection,
  hooks: {
    ...collection.hooks,
    beforeOperation: [hookFor(collection.fields), ...(collection.hooks?.beforeOperation ?? [])],
  },
})
