import dragAndDropAddon from 'react-big-calendar/lib/addons/dragAndDrop';

type AddonModule = typeof dragAndDropAddon | { default: typeof dragAndDropAddon };

/**
 * react-big-calendar's drag-and-drop addon. It ships as CommonJS only; bundled into this ES
 * module package, its default import is the whole `module.exports`, the function one level down.
 */
export const withDragAndDrop: typeof dragAndDropAddon = (() => {
  const addon = dragAndDropAddon as AddonModule;
  return typeof addon === 'function' ? addon : addon.default;
})();
