"""The numerical machinery behind the public functions; nothing here is public.

* :mod:`.arrays`: the input and output contract (what is accepted, in which
  dtype each function computes, blocks of a bounded size, the result's
  dtype and shape) and the checks of parameters and axes;
* :mod:`.compensated`: sums and products carried to twice the precision
  (error-free transformations), for arguments whose rounding would be
  magnified;
* :mod:`.tails`: products such as ``x * exp(y)`` far in the left tails, where
  an intermediate value is subnormal although the result is not;
* :mod:`.normal_cdf` and its fitted table :mod:`.normal_tail`: GELU's
  ``x * Phi(x)`` below 0.
"""
