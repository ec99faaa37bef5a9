import { useEffect, useState } from 'react';
import { roomHeight, wallScale } from '../map/look.ts';
import { isPresentRoom, useAppStore } from '../state/store.ts';

/** The map's wallScale (src/map/look.ts) for this screen: by its room height on a wall, 1 elsewhere. */
export function useWallScale(): number {
  const onWall = useAppStore(isPresentRoom);
  const [height, setHeight] = useState(() => roomHeight(window.innerWidth, window.innerHeight));
  useEffect(() => {
    if (!onWall) return;
    const onResize = () => setHeight(roomHeight(window.innerWidth, window.innerHeight));
    window.addEventListener('resize', onResize);
    return () => window.removeEventListener('resize', onResize);
  }, [onWall]);
  return wallScale(onWall, height);
}
