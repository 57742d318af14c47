package rt

// This file is the merge phase of CPython 3.13's listsort: powersort run
// scheduling (powerloop, found_new_run, merge_force_collapse), merge_at with
// its initial gallops, and merge_lo/merge_hi with galloping mode and the
// adaptive min_gallop — so that the sequence of comparisons, and with it the
// result for inconsistent orders (NaN) and which comparison raises first, is
// CPython's. Indices replace CPython's pointers; keys and vals move together.

const minGallop = 7

type sortRun struct{ base, n, power int }

// powerloop is CPython's powerloop: the power of the run at s1 (length n1)
// followed by a run of length n2, in a list of length n.
func powerloop(s1, n1, n2, n int) int {
	result := 0
	a := 2*s1 + n1
	b := a + n1 + n2
	for {
		result++
		if a >= n {
			a -= n
			b -= n
		} else if b >= n {
			break
		}
		a <<= 1
		b <<= 1
	}
	return result
}

// timsort sorts s.keys (and s.vals alongside) as CPython's list_sort_impl.
func (s *sortState) timsort() {
	n := len(s.keys)
	if n < 2 {
		return
	}
	s.minGallop = minGallop
	mr := minrun(n)
	var pending []sortRun
	lo, rem := 0, n
	for rem > 0 {
		r := s.countRun(lo, rem)
		if r < mr {
			force := min(rem, mr)
			s.binarySort(lo, force, r)
			r = force
		}
		if len(pending) > 0 {
			top := pending[len(pending)-1]
			power := powerloop(top.base, top.n, r, n)
			for len(pending) > 1 && pending[len(pending)-2].power > power {
				pending = s.mergeAt(pending, len(pending)-2)
			}
			pending[len(pending)-1].power = power
		}
		pending = append(pending, sortRun{base: lo, n: r})
		lo += r
		rem -= r
	}
	for len(pending) > 1 {
		k := len(pending) - 2
		if k > 0 && pending[k-1].n < pending[k+1].n {
			k--
		}
		pending = s.mergeAt(pending, k)
	}
}

func (s *sortState) mergeAt(p []sortRun, i int) []sortRun {
	a, na := p[i].base, p[i].n
	b, nb := p[i+1].base, p[i+1].n
	p[i].n = na + nb
	if i == len(p)-3 {
		p[i+1] = p[i+2]
	}
	p = p[:len(p)-1]
	k := s.gallopRight(s.keys[b], s.keys[a:a+na], 0)
	a += k
	na -= k
	if na == 0 {
		return p
	}
	nb = s.gallopLeft(s.keys[a+na-1], s.keys[b:b+nb], nb-1)
	if nb <= 0 {
		return p
	}
	if na <= nb {
		s.mergeLo(a, na, b, nb)
	} else {
		s.mergeHi(a, na, b, nb)
	}
	return p
}

// gallopLeft returns the leftmost position in the sorted run where key
// belongs, probing from hint.
func (s *sortState) gallopLeft(key Value, a []Value, hint int) int {
	n := len(a)
	lastofs, ofs := 0, 1
	if sortLess(a[hint], key) {
		maxofs := n - hint
		for ofs < maxofs {
			if sortLess(a[hint+ofs], key) {
				lastofs = ofs
				ofs = ofs<<1 + 1
			} else {
				break
			}
		}
		ofs = min(ofs, maxofs)
		lastofs += hint
		ofs += hint
	} else {
		maxofs := hint + 1
		for ofs < maxofs {
			if sortLess(a[hint-ofs], key) {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs, ofs = hint-ofs, hint-lastofs
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		if sortLess(a[m], key) {
			lastofs = m + 1
		} else {
			ofs = m
		}
	}
	return ofs
}

// gallopRight returns the rightmost position in the sorted run where key
// belongs, probing from hint.
func (s *sortState) gallopRight(key Value, a []Value, hint int) int {
	n := len(a)
	lastofs, ofs := 0, 1
	if sortLess(key, a[hint]) {
		maxofs := hint + 1
		for ofs < maxofs {
			if sortLess(key, a[hint-ofs]) {
				lastofs = ofs
				ofs = ofs<<1 + 1
			} else {
				break
			}
		}
		ofs = min(ofs, maxofs)
		lastofs, ofs = hint-ofs, hint-lastofs
	} else {
		maxofs := n - hint
		for ofs < maxofs {
			if sortLess(key, a[hint+ofs]) {
				break
			}
			lastofs = ofs
			ofs = ofs<<1 + 1
		}
		ofs = min(ofs, maxofs)
		lastofs += hint
		ofs += hint
	}
	lastofs++
	for lastofs < ofs {
		m := lastofs + (ofs-lastofs)>>1
		if sortLess(key, a[m]) {
			ofs = m
		} else {
			lastofs = m + 1
		}
	}
	return ofs
}

// mv copies n items (keys and vals) from src to dst positions, which may
// overlap (memmove semantics); the *Tmp variants read from the temp arrays.
func (s *sortState) mv(dst, src, n int) {
	copy(s.keys[dst:dst+n], s.keys[src:src+n])
	if s.vals != nil {
		copy(s.vals[dst:dst+n], s.vals[src:src+n])
	}
}

func (s *sortState) fromTmp(dst, src, n int) {
	copy(s.keys[dst:dst+n], s.tmpK[src:src+n])
	if s.vals != nil {
		copy(s.vals[dst:dst+n], s.tmpV[src:src+n])
	}
}

func (s *sortState) toTmp(src, n int) {
	s.tmpK = append(s.tmpK[:0], s.keys[src:src+n]...)
	if s.vals != nil {
		s.tmpV = append(s.tmpV[:0], s.vals[src:src+n]...)
	}
}

// mergeLo merges the adjacent runs a (na items, copied to the temp array)
// and b (nb items) in place, left to right; na <= nb.
func (s *sortState) mergeLo(pa, na, pb, nb int) {
	s.toTmp(pa, na)
	dest := pa
	ta := 0 // next item of run a, in the temp array
	s.mv(dest, pb, 1)
	dest++
	pb++
	nb--
	if nb == 0 {
		s.fromTmp(dest, ta, na)
		return
	}
	if na == 1 {
		s.mv(dest, pb, nb)
		s.fromTmp(dest+nb, ta, 1)
		return
	}
	mg := s.minGallop
	for {
		acount, bcount := 0, 0
		for {
			if sortLess(s.keys[pb], s.tmpK[ta]) {
				s.mv(dest, pb, 1)
				dest++
				pb++
				bcount++
				acount = 0
				nb--
				if nb == 0 {
					s.fromTmp(dest, ta, na)
					return
				}
				if bcount >= mg {
					break
				}
			} else {
				s.fromTmp(dest, ta, 1)
				dest++
				ta++
				acount++
				bcount = 0
				na--
				if na == 1 {
					s.mv(dest, pb, nb)
					s.fromTmp(dest+nb, ta, 1)
					return
				}
				if acount >= mg {
					break
				}
			}
		}
		mg++
		for {
			if mg > 1 {
				mg--
			}
			s.minGallop = mg
			k := s.gallopRight(s.keys[pb], s.tmpK[ta:ta+na], 0)
			acount = k
			if k > 0 {
				s.fromTmp(dest, ta, k)
				dest += k
				ta += k
				na -= k
				if na == 1 {
					s.mv(dest, pb, nb)
					s.fromTmp(dest+nb, ta, 1)
					return
				}
				if na == 0 {
					return
				}
			}
			s.mv(dest, pb, 1)
			dest++
			pb++
			nb--
			if nb == 0 {
				s.fromTmp(dest, ta, na)
				return
			}
			k = s.gallopLeft(s.tmpK[ta], s.keys[pb:pb+nb], 0)
			bcount = k
			if k > 0 {
				s.mv(dest, pb, k)
				dest += k
				pb += k
				nb -= k
				if nb == 0 {
					s.fromTmp(dest, ta, na)
					return
				}
			}
			s.fromTmp(dest, ta, 1)
			dest++
			ta++
			na--
			if na == 1 {
				s.mv(dest, pb, nb)
				s.fromTmp(dest+nb, ta, 1)
				return
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		mg++
		s.minGallop = mg
	}
}

// mergeHi merges the adjacent runs a (na items) and b (nb items, copied to
// the temp array) in place, right to left; na > nb.
func (s *sortState) mergeHi(pa, na, pb, nb int) {
	s.toTmp(pb, nb)
	basea := pa
	dest := pb + nb - 1
	ia := pa + na - 1 // last item of run a
	tb := nb - 1      // last item of run b, in the temp array
	s.mv(dest, ia, 1)
	dest--
	ia--
	na--
	if na == 0 {
		s.fromTmp(dest-(nb-1), 0, nb)
		return
	}
	copyA := func() {
		// nb == 1: the first item of b belongs at the front of the merge.
		s.mv(dest+1-na, ia+1-na, na)
		dest -= na
		s.fromTmp(dest, tb, 1)
	}
	if nb == 1 {
		copyA()
		return
	}
	mg := s.minGallop
	for {
		acount, bcount := 0, 0
		for {
			if sortLess(s.tmpK[tb], s.keys[ia]) {
				s.mv(dest, ia, 1)
				dest--
				ia--
				acount++
				bcount = 0
				na--
				if na == 0 {
					s.fromTmp(dest-(nb-1), 0, nb)
					return
				}
				if acount >= mg {
					break
				}
			} else {
				s.fromTmp(dest, tb, 1)
				dest--
				tb--
				bcount++
				acount = 0
				nb--
				if nb == 1 {
					copyA()
					return
				}
				if bcount >= mg {
					break
				}
			}
		}
		mg++
		for {
			if mg > 1 {
				mg--
			}
			s.minGallop = mg
			k := s.gallopRight(s.tmpK[tb], s.keys[basea:basea+na], na-1)
			k = na - k
			acount = k
			if k > 0 {
				dest -= k
				ia -= k
				s.mv(dest+1, ia+1, k)
				na -= k
				if na == 0 {
					s.fromTmp(dest-(nb-1), 0, nb)
					return
				}
			}
			s.fromTmp(dest, tb, 1)
			dest--
			tb--
			nb--
			if nb == 1 {
				copyA()
				return
			}
			k = s.gallopLeft(s.keys[ia], s.tmpK[:nb], nb-1)
			k = nb - k
			bcount = k
			if k > 0 {
				dest -= k
				tb -= k
				s.fromTmp(dest+1, tb+1, k)
				nb -= k
				if nb == 1 {
					copyA()
					return
				}
				if nb == 0 {
					return
				}
			}
			s.mv(dest, ia, 1)
			dest--
			ia--
			na--
			if na == 0 {
				s.fromTmp(dest-(nb-1), 0, nb)
				return
			}
			if acount < minGallop && bcount < minGallop {
				break
			}
		}
		mg++
		s.minGallop = mg
	}
}
