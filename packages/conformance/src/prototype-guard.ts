const guarded = { Object: Object.prototype, Array: Array.prototype, Function: Function.prototype } as const;

function sameDescriptor(a: PropertyDescriptor | undefined, b: PropertyDescriptor | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return (
    a.value === b.value &&
    a.get === b.get &&
    a.set === b.set &&
    a.writable === b.writable &&
    a.enumerable === b.enumerable &&
    a.configurable === b.configurable
  );
}

/**
 * Records the own properties of the built-in prototypes; the returned function lists every property added, removed
 * or redefined since, so that a test can assert that no input polluted a prototype.
 */
export function watchPrototypes(): () => string[] {
  const before = Object.entries(guarded).map(([name, target]) => ({
    name,
    target,
    descriptors: Object.getOwnPropertyDescriptors(target) as Record<PropertyKey, PropertyDescriptor>,
  }));
  const prototypeOfPlainObject = Object.getPrototypeOf({});
  return () => {
    const changes: string[] = [];
    for (const { name, target, descriptors } of before) {
      const now = Object.getOwnPropertyDescriptors(target) as Record<PropertyKey, PropertyDescriptor>;
      for (const key of new Set([...Reflect.ownKeys(descriptors), ...Reflect.ownKeys(now)])) {
        if (!sameDescriptor(descriptors[key], now[key])) changes.push(`${name}.prototype[${String(key)}]`);
      }
    }
    if (Object.getPrototypeOf({}) !== prototypeOfPlainObject) changes.push("the prototype of {}");
    return changes;
  };
}
